package org.centerformsc.portal.member;

import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.WelcomePending;
import org.springframework.stereotype.Component;

/** Tells the login whether a member who just signed in is still to be welcomed (docs/decisions/021). */
@Component
class MemberWelcome implements WelcomePending {

    private final MemberService members;

    MemberWelcome(MemberService members) {
        this.members = members;
    }

    @Override
    public boolean isPending(MemberIdentity identity) {
        return members.isWelcomePending(identity);
    }
}

package org.centerformsc.portal.member;

import org.centerformsc.portal.security.MemberSignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Synchronous on purpose: the member record must exist before the first view after login renders. */
@Component
class MemberSignInListener {

    private final MemberService members;

    MemberSignInListener(MemberService members) {
        this.members = members;
    }

    @EventListener
    void on(MemberSignedIn signedIn) {
        members.recordSignIn(signedIn.identity(), signedIn.name(), signedIn.email(), signedIn.locale());
    }
}

package org.centerformsc.portal.member;

import org.centerformsc.portal.base.MemberName;
import org.centerformsc.portal.security.CurrentMember;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The layout's name for the signed-in member, from their record, where a chosen name wins (decision 021). */
@Component
class MemberShownName implements MemberName {

    private final MemberService members;
    private final CurrentMember currentMember;

    MemberShownName(MemberService members, CurrentMember currentMember) {
        this.members = members;
        this.currentMember = currentMember;
    }

    @Override
    public Optional<String> shown() {
        return currentMember.isSignedIn() ? members.currentProfile().map(MemberProfile::displayName) : Optional.empty();
    }
}

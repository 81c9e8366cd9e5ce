package org.centerformsc.portal.member;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the roles of each sign-in, synchronously like the member record itself, so staff see them at once. */
@Component
class MemberRoleListener {

    private final MemberRoles roles;

    MemberRoleListener(MemberRoles roles) {
        this.roles = roles;
    }

    @EventListener
    void on(MemberRecorded recorded) {
        roles.signedInWith(recorded.member(), recorded.roles());
    }
}

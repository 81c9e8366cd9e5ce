package org.centerformsc.portal.member;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.MemberSignedIn;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MemberRoleListenerTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MemberService members;

    @Autowired
    MemberRoles roles;

    @Test
    void eachSignInReplacesTheRolesKeptForStaff() {
        MemberIdentity identity = new MemberIdentity(TestLogins.ISSUER, "roles-" + UUID.randomUUID());

        signIn(identity, Set.of(Roles.PARTICIPANT, Roles.TEACHER, Roles.STAFF));
        MemberId member = TestLogins.asStaff(() -> members.findByEmail(identity.subject() + "@x.invalid"))
                .orElseThrow().id();
        assertThat(rolesOf(member)).containsExactly(Roles.PARTICIPANT, Roles.STAFF, Roles.TEACHER);

        signIn(identity, Set.of(Roles.PARTICIPANT, Roles.DONOR));
        assertThat(rolesOf(member)).containsExactly(Roles.DONOR, Roles.PARTICIPANT);
    }

    @Test
    void thePortalsOwnSystemRoleIsNeverKept() {
        MemberIdentity identity = new MemberIdentity(TestLogins.ISSUER, "roles-" + UUID.randomUUID());

        signIn(identity, Set.of(Roles.PARTICIPANT, Roles.SYSTEM));

        MemberId member = TestLogins.asStaff(() -> members.findByEmail(identity.subject() + "@x.invalid"))
                .orElseThrow().id();
        assertThat(rolesOf(member)).containsExactly(Roles.PARTICIPANT);
    }

    private void signIn(MemberIdentity identity, Set<String> claimed) {
        events.publishEvent(new MemberSignedIn(identity, "Rolf Roles", identity.subject() + "@x.invalid", "en",
                claimed, true));
    }

    private Set<String> rolesOf(MemberId member) {
        return TestLogins.asStaff(() -> roles.of(List.of(member))).get(member);
    }
}

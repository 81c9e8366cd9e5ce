package org.centerformsc.portal.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoleClaimsTest {

    @Test
    void everyoneWhoSignsInIsAParticipant() {
        assertThat(RoleClaims.roles(Map.of(), "roles")).containsExactly(Roles.PARTICIPANT);
    }

    @Test
    void readsAListClaimCaseInsensitively() {
        assertThat(RoleClaims.roles(Map.of("roles", List.of("teacher", "STAFF")), "roles"))
                .containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.TEACHER, Roles.STAFF);
    }

    @Test
    void readsASpaceOrCommaSeparatedStringClaim() {
        assertThat(RoleClaims.roles(Map.of("groups", "donor, teacher"), "groups"))
                .containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.DONOR, Roles.TEACHER);
    }

    @Test
    void ignoresRolesThePortalDoesNotKnow() {
        assertThat(RoleClaims.roles(Map.of("roles", List.of("admin", "offline_access", "staff")), "roles"))
                .containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.STAFF);
    }

    @Test
    void noClaimMakesAMemberThePortalsOwnSystemIdentity() {
        assertThat(RoleClaims.roles(Map.of("roles", List.of("system", "SYSTEM", "staff")), "roles"))
                .containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.STAFF);
    }

    @Test
    void authoritiesCarrySpringsRolePrefix() {
        assertThat(RoleClaims.authorities(java.util.Set.of(Roles.STAFF)))
                .extracting(Object::toString).containsExactly("ROLE_STAFF");
    }
}

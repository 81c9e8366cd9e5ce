package org.centerformsc.portal.security;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scheduled and webhook work runs as the portal itself: staff cannot do it, and its audit trail says "system". */
@IntegrationTest
class SystemIdentityTest {

    @Autowired
    GivingService giving;

    @Autowired
    MemberService members;

    @Test
    void theSystemsOwnWorkIsRefusedToStaffAndMembers() {
        LocalDate longAgo = LocalDate.of(2000, 1, 1);
        assertThatThrownBy(() -> TestLogins.as(TestLogins.token("sys-staff", "Stella Staff", Roles.STAFF),
                () -> giving.recordDueCharges(longAgo))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(TestLogins.token("sys-member", "Milo Member"),
                () -> giving.firstDelivery("evt_forged", "invoice.paid"))).isInstanceOf(AccessDeniedException.class);

        assertThat(SystemAuthentication.asSystem(() -> giving.recordDueCharges(longAgo))).isZero();
    }

    @Test
    void whatTheSystemDoesIsRecordedAsSystem() {
        assertThat(SystemAuthentication.asSystem(members::actorName)).isEqualTo(SystemAuthentication.ACTOR)
                .isEqualTo("system");
    }
}

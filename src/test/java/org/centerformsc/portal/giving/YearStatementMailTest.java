package org.centerformsc.portal.giving;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.SharedTestMailServer;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's statement goes out by e-mail on request through a real (local) SMTP server. Each gift's receipt is a
 * notification instead (notifications' GivingNotificationsTest).
 */
@IntegrationTest
class YearStatementMailTest {

    @Autowired
    GivingService giving;

    @Autowired
    MemberService members;

    @Test
    void theYearStatementIsEMailedOnRequest() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Sia Statement");
        String email = TestLogins.email(donor.getPrincipal().getAttribute("sub"));
        TestLogins.as(donor, () -> giving.give(new BigDecimal("15"), "USD", Frequency.ONCE, Designation.GENERAL, null));
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();

        assertThat(TestLogins.as(donor, () -> giving.mailYearStatement(year))).isTrue();

        assertThat(Arrays.stream(SharedTestMailServer.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email)
                        && m.getSubject().equals("Your " + year + " giving statement");
            } catch (Exception e) {
                return false;
            }
        })).hasSize(1);
    }
}

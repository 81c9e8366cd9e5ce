package org.centerformsc.portal.giving;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
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

/** Each gift's receipt goes out by e-mail through a real (local) SMTP server, with the PDF attached. */
@IntegrationTest
class ReceiptMailTest {

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

    @Test
    void aGiftSendsItsReceiptToTheDonor() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Mia Mail");
        String email = TestLogins.email(donor.getPrincipal().getAttribute("sub"));

        TestLogins.as(donor, () -> giving.give(new BigDecimal("35"), "EUR", Frequency.ONCE, Designation.GENERAL, null));

        MimeMessage message = Arrays.stream(SharedTestMailServer.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("Your gift receipt: €35.00 EUR");
        Multipart parts = (Multipart) message.getContent();
        boolean hasPdf = false;
        for (int i = 0; i < parts.getCount(); i++) {
            hasPdf |= parts.getBodyPart(i).getContentType().startsWith("application/pdf");
        }
        assertThat(hasPdf).isTrue();
    }
}

package org.centerformsc.portal.giving;

import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.MemberSignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Visitors give without an account through the offline gateway on the real MariaDB; their receipt goes to the
 * e-mail they typed, and their gifts become a member's when that member signs in with the e-mail verified.
 */
@IntegrationTest
class GuestGivingServiceTest {

    @Autowired
    GuestGivingService guests;

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MemberService members;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVisitorsGiftIsRecordedWithoutAMemberAndTheReceiptIsEMailedToThem() throws Exception {
        String email = unique("grace");

        String checkout = guests.give(" Grace Guest ", email, new BigDecimal("20"), "USD", Designation.GENERAL, null);

        assertThat(checkout).as("the offline gateway confirms at once").isNull();
        assertThat(jdbc.queryForMap("select member_id, donor_name, amount_minor, currency from gift where donor_email = ?",
                email)).containsEntry("member_id", null).containsEntry("donor_name", "Grace Guest")
                .containsEntry("amount_minor", 2000L).containsEntry("currency", "USD");
        MimeMessage receipt = TestMail.to(email).get(0);
        assertThat(receipt.getSubject()).isEqualTo("Your gift receipt: $20.00");
        assertThat(TestMail.text(receipt)).startsWith("Dear Grace Guest,");
        assertThat(TestMail.attachmentTypes(receipt)).singleElement().asString().startsWith("application/pdf");
    }

    @Test
    void badInputIsRefusedAndNothingIsStoredOrSent() {
        String email = unique("refused");

        assertThatThrownBy(() -> guests.give("", email, new BigDecimal("20"), "USD", Designation.GENERAL, null))
                .isInstanceOfSatisfying(GuestDonor.Refused.class, refused -> assertThat(refused.field()).isEqualTo("name"));
        assertThatThrownBy(() -> guests.give("Rex", "rex(at)example.org", new BigDecimal("20"), "USD",
                Designation.GENERAL, null)).isInstanceOf(GuestDonor.Refused.class).hasMessage("giving.guest.invalid.email");
        assertThatThrownBy(() -> guests.give("Rex", email, new BigDecimal("4.99"), "USD", Designation.GENERAL, null))
                .isInstanceOf(GiftAmounts.InvalidGift.class).hasMessage("giving.invalid.min");
        assertThatThrownBy(() -> guests.give("Rex", email, new BigDecimal("100000.01"), "USD", Designation.GENERAL,
                null)).hasMessage("giving.invalid.max");
        assertThatThrownBy(() -> guests.give("Rex", email, new BigDecimal("20"), "USD", Designation.CAMPAIGN,
                "NO-SUCH-CAMPAIGN")).hasMessage("giving.invalid.campaign");

        assertThat(jdbc.queryForObject("select count(*) from gift where donor_email = ?", Long.class, email)).isZero();
        assertThat(TestMail.to(email)).isEmpty();
    }

    @Test
    void aVerifiedSignInWithTheEmailInAnyCaseAttachesTheGuestGiftsOnceForHistoryAndReplays() {
        String campaign = TestCampaigns.fresh(campaigns, "GUEST");
        String email = unique("vera");
        guests.give("Vera Verified", email, new BigDecimal("15"), "USD", Designation.CAMPAIGN, campaign);
        guests.give("Vera Verified", email, new BigDecimal("7.50"), "EUR", Designation.GENERAL, null);
        String subject = "vera-" + UUID.randomUUID();

        signIn(subject, "Vera Verified", email.toUpperCase(Locale.ROOT), true);
        signIn(subject, "Vera Verified", email, true);

        OAuth2AuthenticationToken vera = TestLogins.token(subject, "Vera Verified");
        assertThat(TestLogins.as(vera, () -> giving.myGifts(0, 50))).extracting(GiftSummary::amount)
                .containsExactlyInAnyOrder(new Money(1500, "USD"), new Money(750, "EUR"));
        assertThat(TestLogins.as(vera, () -> giving.myGiftsToCampaigns(Set.of(campaign), 1500))).hasSize(1);
        assertThat(TestLogins.asStaff(() -> giving.hasGiven(TestLogins.as(vera, members::currentMemberId), campaign)))
                .isTrue();
        assertThat(campaigns.progress(campaign).orElseThrow().donors()).isEqualTo(1);
    }

    @Test
    void anUnverifiedEmailAttachesNothing() {
        String email = unique("ursula");
        guests.give("Ursula", email, new BigDecimal("25"), "USD", Designation.GENERAL, null);
        String subject = "ursula-" + UUID.randomUUID();

        signIn(subject, "Someone Else", email, false);

        assertThat(TestLogins.as(TestLogins.token(subject, "Someone Else"), () -> giving.myGifts(0, 50))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from gift where donor_email = ? and member_id is null",
                Long.class, email)).isEqualTo(1);
    }

    @Test
    void guestsCountAmongACampaignsDonorsOncePerEmail() {
        String campaign = TestCampaigns.fresh(campaigns, "DONORS");
        String email = unique("twice");
        guests.give("Tia Twice", email, new BigDecimal("10"), "USD", Designation.CAMPAIGN, campaign);
        guests.give("Tia Twice", email.toUpperCase(Locale.ROOT), new BigDecimal("10"), "USD", Designation.CAMPAIGN,
                campaign);
        guests.give("Otto Other", unique("other"), new BigDecimal("10"), "USD", Designation.CAMPAIGN, campaign);

        assertThat(campaigns.progress(campaign).orElseThrow().donors()).isEqualTo(2);
    }

    /** A sign-in as the identity provider announces it: the member is recorded, then the listeners run. */
    private void signIn(String subject, String name, String email, boolean verified) {
        events.publishEvent(new MemberSignedIn(new MemberIdentity(TestLogins.ISSUER, subject), name, email, "en-US",
                Set.of(), verified));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@guests.test.centerformsc.invalid";
    }
}

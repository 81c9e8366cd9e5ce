package org.centerformsc.portal.notifications;

import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.TestPdf;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Donors hear about their gifts through the outbox (docs/decisions/020), in their language: each gift's receipt with
 * its PDF, a recurring charge that failed, and a yearly gift a week before it is charged.
 */
@IntegrationTest
class GivingNotificationsTest {

    @Autowired
    GivingService giving;

    @Autowired
    MemberService members;

    @Autowired
    NotificationSender sender;

    @Autowired
    YearlyGiftReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGiftIsReceiptedWithTheGiftAndTheReceiptPdfGoesOutWithTheEMail() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Mia Mail");

        TestLogins.as(donor, () -> giving.give(new BigDecimal("35"), "EUR", Frequency.ONCE, Designation.GENERAL, null));

        long gift = TestLogins.as(donor, () -> giving.myGifts(0, 50)).get(0).id();
        assertThat(jdbc.queryForObject("SELECT CONCAT(about, ' ', email_status) FROM notification WHERE member_id = ?"
                + " AND kind = 'GIFT_RECEIPT'", String.class, memberId(donor))).isEqualTo("gift:" + gift + " PENDING");
        assertThat(TestMail.to(email(donor))).as("nothing is e-mailed beside the outbox").isEmpty();
        SystemAuthentication.asSystem(sender::sendDue);
        SystemAuthentication.asSystem(sender::sendDue);

        MimeMessage mail = single(donor);
        assertThat(mail.getSubject()).isEqualTo("Your gift receipt: €35.00");
        assertThat(text(mail)).contains("Dear Mia Mail,")
                .contains("Thank you for your gift of €35.00 to the Center for Mindful Self-Compassion.")
                .contains("/giving");
        assertThat(mail.getHeader("List-Unsubscribe")).as("a receipt is always sent").isNull();
        Map<String, byte[]> files = TestMail.attachments(mail);
        assertThat(files).containsOnlyKeys("receipt-" + gift + ".pdf");
        assertThat(TestPdf.text(files.get("receipt-" + gift + ".pdf"))).contains("Gift receipt no. " + gift)
                .contains("Mia Mail").contains("€35.00");
    }

    @Test
    void aGermanDonorReadsTheReceiptAndItsPdfInGerman() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUpIn("de-DE", members, "Greta Geberin");

        TestLogins.as(donor, () -> giving.give(new BigDecimal("35"), "EUR", Frequency.ONCE, Designation.GENERAL, null));
        SystemAuthentication.asSystem(sender::sendDue);

        long gift = TestLogins.as(donor, () -> giving.myGifts(0, 50)).get(0).id();
        MimeMessage mail = single(donor);
        assertThat(plain(mail.getSubject())).isEqualTo("Ihre Spendenquittung: 35,00 €");
        assertThat(text(mail)).contains("Guten Tag Greta Geberin,").contains("Vielen Dank für Ihre Spende von 35,00 €");
        assertThat(TestPdf.text(TestMail.attachments(mail).get("receipt-" + gift + ".pdf")))
                .contains("Spendenquittung Nr. " + gift).contains("35,00 €");
    }

    @Test
    void aFailedChargeIsToldWithTheNextTryAndTheLastOneSaysTheGiftHasStopped() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Fay Failing");
        RecurringGiftView gift = monthlyGift(donor, "25");
        LocalDate retry = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        long reported = Instant.now().getEpochSecond();

        provider(() -> giving.providerPaymentFailed(providerRef(gift), retry, reported));
        provider(() -> giving.providerPaymentFailed(providerRef(gift), null, reported + 1));
        SystemAuthentication.asSystem(sender::sendDue);

        List<MimeMessage> failures = TestMail.to(email(donor)).stream()
                .filter(mail -> subject(mail).equals("Your gift of $25.00 could not be charged")).toList();
        assertThat(failures).hasSize(2);
        assertThat(text(failures.get(0))).contains("Dear Fay Failing,")
                .contains("Your monthly gift of $25.00 could not be charged to your card. Your payment provider will"
                        + " try again on " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.ENGLISH).format(retry) + ".")
                .contains("/giving");
        assertThat(text(failures.get(1))).contains("This was the last attempt, so the gift has stopped.");
        assertThat(TestMail.attachments(failures.get(0))).isEmpty();
    }

    @Test
    void aFrenchDonorIsToldOfTheLastFailedTryInFrench() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUpIn("fr-FR", members, "Fabienne Fin");
        RecurringGiftView gift = monthlyGift(donor, "25");

        provider(() -> giving.providerPaymentFailed(providerRef(gift), null, Instant.now().getEpochSecond()));
        SystemAuthentication.asSystem(sender::sendDue);

        MimeMessage mail = TestMail.to(email(donor)).stream()
                .filter(m -> subject(m).startsWith("Le paiement de votre don de")).findFirst().orElseThrow();
        assertThat(plain(mail.getSubject())).isEqualTo("Le paiement de votre don de 25,00 $US n’a pas abouti");
        assertThat(text(mail)).contains("Bonjour Fabienne Fin,")
                .contains("Votre don mensuel de 25,00 $US n’a pas pu être débité sur votre carte.")
                .contains("C’était la dernière tentative");
    }

    @Test
    void aYearlyGiftIsRemindedOnceAWeekBeforeItsChargeAndPausedOrMonthlyGiftsAreNot() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUpIn("sv-SE", members, "Sven Årlig");
        TestLogins.as(donor, () -> giving.give(new BigDecimal("120"), "USD", Frequency.YEARLY, Designation.GENERAL,
                null));
        RecurringGiftView yearly = TestLogins.as(donor, giving::myRecurringGifts).get(0);
        LocalDate chargeOn = yearly.nextChargeOn();
        TestLogins.as(donor, () -> giving.give(new BigDecimal("80"), "USD", Frequency.YEARLY, Designation.GENERAL,
                null));
        RecurringGiftView paused = TestLogins.as(donor, giving::myRecurringGifts).get(0);
        TestLogins.as(donor, () -> giving.change(paused.id(), new SubscriptionChange.Pause(chargeOn.minusDays(10))));
        RecurringGiftView monthly = monthlyGift(donor, "10");

        reminders.remind(chargeOn.minusDays(8));
        reminders.remind(monthly.nextChargeOn().minusDays(7));
        assertThat(reminderKeys(donor)).isEmpty();

        reminders.remind(chargeOn.minusDays(7));
        reminders.remind(chargeOn.minusDays(7));
        assertThat(reminderKeys(donor)).containsExactly("yearly-gift-due-" + yearly.id() + "-" + chargeOn);
        assertThat(TestLogins.as(donor, giving::myRecurringGifts)).filteredOn(gift -> gift.id() == paused.id())
                .singleElement().satisfies(gift -> assertThat(gift.nextChargeOn()).isEqualTo(chargeOn));

        SystemAuthentication.asSystem(sender::sendDue);
        MimeMessage mail = TestMail.to(email(donor)).stream()
                .filter(m -> subject(m).startsWith("Din årliga gåva")).findFirst().orElseThrow();
        assertThat(plain(mail.getSubject())).isEqualTo("Din årliga gåva på 120,00 US$ dras snart");
        assertThat(text(mail)).contains("Hej Sven Årlig,").contains("Din årliga gåva på 120,00 US$ dras den "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("sv"))
                .format(chargeOn) + ".");
    }

    private RecurringGiftView monthlyGift(OAuth2AuthenticationToken donor, String amount) {
        TestLogins.as(donor, () -> giving.give(new BigDecimal(amount), "USD", Frequency.MONTHLY, Designation.GENERAL,
                null));
        return TestLogins.as(donor, giving::myRecurringGifts).get(0);
    }

    /** What the payment provider reports, through the service its webhooks call. */
    private static void provider(Runnable report) {
        SystemAuthentication.asSystem(() -> {
            report.run();
            return null;
        });
    }

    private List<String> reminderKeys(OAuth2AuthenticationToken donor) {
        return jdbc.queryForList("SELECT dedup_key FROM notification WHERE member_id = ? AND kind = 'YEARLY_GIFT_DUE'",
                String.class, memberId(donor));
    }

    private String providerRef(RecurringGiftView gift) {
        return jdbc.queryForObject("SELECT provider_ref FROM recurring_gift WHERE id = ?", String.class, gift.id());
    }

    private long memberId(OAuth2AuthenticationToken member) {
        return TestLogins.as(member, members::currentMemberId).value();
    }

    private static MimeMessage single(OAuth2AuthenticationToken member) {
        List<MimeMessage> mails = TestMail.to(email(member));
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String email(OAuth2AuthenticationToken member) {
        return TestLogins.email(member.getPrincipal().getAttribute("sub"));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        return plain(TestMail.text(mail));
    }

    /** Numbers and amounts are written with no-break spaces in some languages: read them as spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}

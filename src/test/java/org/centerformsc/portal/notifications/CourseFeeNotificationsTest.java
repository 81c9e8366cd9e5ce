package org.centerformsc.portal.notifications;

import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.TestPdf;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.OfferingPlanningService;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.CoursePaymentLine;
import org.centerformsc.portal.fees.ScholarshipService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Course fees and scholarships through the outbox (docs/decisions/020), in the member's language: the payment with
 * its receipt and the seat it confirms with its calendar file, the refund of a cancelled course, and staff's decision
 * on a scholarship request.
 */
@IntegrationTest
class CourseFeeNotificationsTest {

    private static final FeeOptions SCHOLARSHIPS = new FeeOptions(null, null, true);

    @Autowired
    CheckoutService checkout;

    @Autowired
    ScholarshipService scholarships;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    OfferingPlanningService planning;

    @Autowired
    MemberService members;

    @Autowired
    NotificationSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPaidSeatBringsThePaymentWithItsReceiptAndOneConfirmationWithTheCalendar() throws Exception {
        String title = "Paid course " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(3).price(Price.of("USD", 55_000))
                .create(catalog);
        OAuth2AuthenticationToken alex = TestLogins.signedUp(members, "Alex Payer");

        assertThat(TestLogins.as(alex, () -> enrollment.enroll(offering)).status()).isEqualTo(EnrollmentStatus.HELD);
        assertThat(kinds(alex)).as("a held seat is no news yet").isEmpty();
        TestLogins.as(alex, () -> checkout.pay(offering, "/courses/x"));
        TestLogins.as(alex, () -> checkout.pay(offering, "/courses/x"));

        assertThat(kinds(alex)).containsExactlyInAnyOrder("COURSE_PAYMENT paid", "ENROLLMENT_CONFIRMED -");
        SystemAuthentication.asSystem(sender::sendDue);
        long payment = TestLogins.as(alex, checkout::myPayments).get(0).id();
        MimeMessage paid = single(alex, "Your course payment: " + title);
        assertThat(text(paid)).contains("Dear Alex Payer,")
                .contains("Thank you: your payment of $550.00 for " + title + " is received and your seat is confirmed.")
                .contains("/courses/");
        assertThat(paid.getHeader("List-Unsubscribe")).isNull();
        Map<String, byte[]> receipt = TestMail.attachments(paid);
        assertThat(receipt).containsOnlyKeys("course-receipt-" + payment + ".pdf");
        assertThat(TestPdf.text(receipt.get("course-receipt-" + payment + ".pdf")))
                .contains("Course payment receipt no. " + payment).contains("Alex Payer").contains("$550.00");
        MimeMessage confirmed = single(alex, "You are enrolled: " + title);
        assertThat(TestMail.attachmentTypes(confirmed)).singleElement().asString().startsWith("text/calendar");
    }

    @Test
    void aFreeSeatIsConfirmedOnceAndHasNoPayment() {
        OfferingId offering = TestOffering.offering().capacity(3).create(catalog);
        OAuth2AuthenticationToken fran = TestLogins.signedUp(members, "Fran Free");

        TestLogins.as(fran, () -> enrollment.enroll(offering));

        assertThat(kinds(fran)).containsExactly("ENROLLMENT_CONFIRMED -");
    }

    @Test
    void aDutchMemberReadsTheRefundOfACancelledCourseInDutchWithTheReceiptShowingIt() throws Exception {
        String title = "Geannuleerde cursus " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(3).price(Price.of("EUR", 40_000))
                .create(catalog);
        OAuth2AuthenticationToken noor = TestLogins.signedUpIn("nl-NL", members, "Noor Naar");
        TestLogins.as(noor, () -> enrollment.enroll(offering));
        TestLogins.as(noor, () -> checkout.pay(offering, "/courses/x"));

        TestLogins.asStaff(() -> {
            planning.cancel(offering, "De docent is ziek.");
            return null;
        });

        assertThat(kinds(noor)).contains("COURSE_PAYMENT paid", "COURSE_PAYMENT cancelled");
        SystemAuthentication.asSystem(sender::sendDue);
        CoursePaymentLine line = TestLogins.as(noor, checkout::myPayments).get(0);
        assertThat(line.refunded()).isTrue();
        List<MimeMessage> payments = TestMail.to(email(noor)).stream()
                .filter(mail -> subject(mail).equals("Je cursusbetaling: " + title)).toList();
        assertThat(payments).hasSize(2);
        MimeMessage refund = payments.stream().filter(mail -> text(mail).contains("is geannuleerd")).findFirst()
                .orElseThrow();
        assertThat(text(refund)).contains("Beste Noor Naar,")
                .contains(title + " is geannuleerd, daarom hebben we je betaling van € 400,00 volledig terugbetaald.");
        assertThat(TestPdf.text(TestMail.attachments(refund).get("course-receipt-" + line.id() + ".pdf")))
                .contains("Ontvangstbewijs voor cursusbetaling nr. " + line.id())
                .contains("Terugbetaald: € 400,00");
    }

    @Test
    void aGrantedPercentageIsToldWithWhatItCoversAndTheCoursePage() throws Exception {
        TestOffering course = TestOffering.offering().capacity(3).price(Price.of("USD", 55_000))
                .feeOptions(SCHOLARSHIPS);
        OfferingId offering = course.create(catalog);
        OAuth2AuthenticationToken gail = TestLogins.signedUp(members, "Gail Granted");
        TestLogins.as(gail, () -> { scholarships.ask(offering, "Between jobs."); return null; });

        TestLogins.asStaff(() -> { scholarships.grant(request(offering), 50, null); return null; });
        SystemAuthentication.asSystem(sender::sendDue);

        MimeMessage mail = single(gail, "Your scholarship request: Test offering " + course.code());
        assertThat(text(mail)).contains("Your scholarship for Test offering " + course.code()
                + " is granted: 50 % of the course fee.").contains("/courses/" + course.code());
        assertThat(TestMail.attachments(mail)).isEmpty();
    }

    @Test
    void aGermanMemberReadsAGrantedAmountInGermanAndAJapaneseMemberTheDeclineInJapanese() throws Exception {
        TestOffering course = TestOffering.offering().title("Kurs " + UUID.randomUUID().toString().substring(0, 6))
                .capacity(3).price(Price.of("USD", 55_000)).feeOptions(SCHOLARSHIPS);
        OfferingId offering = course.create(catalog);
        OAuth2AuthenticationToken greta = TestLogins.signedUpIn("de-DE", members, "Greta Gefördert");
        OAuth2AuthenticationToken kenji = TestLogins.signedUpIn("ja-JP", members, "Kenji Kotowari");
        TestLogins.as(greta, () -> { scholarships.ask(offering, "Studium"); return null; });
        long gretasRequest = request(offering);
        TestLogins.as(kenji, () -> { scholarships.ask(offering, "学生です"); return null; });

        TestLogins.asStaff(() -> { scholarships.grant(gretasRequest, null, new BigDecimal("100")); return null; });
        TestLogins.asStaff(() -> { scholarships.decline(request(offering), "The fund is spent for this season.");
            return null; });
        SystemAuthentication.asSystem(sender::sendDue);

        String title = jdbc.queryForObject("SELECT title FROM offering WHERE id = ?", String.class, offering.value());
        assertThat(text(single(greta, "Ihr Stipendienantrag: " + title))).contains("Guten Tag Greta Gefördert,")
                .contains("Ihr Stipendium für " + title + " ist bewilligt: 100,00 $ Nachlass auf die Kursgebühr.");
        assertThat(text(single(kenji, "奨学金の申請について：" + title)))
                .contains("誠に残念ですが、" + title + "の奨学金の申請は認められませんでした。理由：The fund is spent for this season.");
    }

    /** The kinds and variants recorded for the member. */
    private List<String> kinds(OAuth2AuthenticationToken member) {
        return jdbc.queryForList("SELECT CONCAT(kind, ' ', COALESCE(variant, '-')) FROM notification n"
                + " JOIN member m ON m.id = n.member_id WHERE m.subject = ?", String.class, subjectOf(member));
    }

    /** The oldest request awaiting a decision for the offering. */
    private long request(OfferingId offering) {
        return jdbc.queryForObject("SELECT MIN(id) FROM scholarship_request WHERE offering_id = ? AND status ="
                + " 'REQUESTED'", Long.class, offering.value());
    }

    private static MimeMessage single(OAuth2AuthenticationToken member, String subject) {
        List<MimeMessage> mails = TestMail.to(email(member)).stream().filter(mail -> subject(mail).equals(subject))
                .toList();
        assertThat(mails).as(subject).hasSize(1);
        return mails.get(0);
    }

    private static String subjectOf(OAuth2AuthenticationToken member) {
        return member.getPrincipal().getAttribute("sub");
    }

    private static String email(OAuth2AuthenticationToken member) {
        return TestLogins.email(subjectOf(member));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject().replace('\u00a0', ' ');
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, no-break spaces read as spaces. */
    private static String text(MimeMessage mail) {
        try {
            return TestMail.text(mail).replace('\u00a0', ' ').replace('\u202f', ' ');
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.centerformsc.portal.fees;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sliding scale and the scholarship fund through the offline checkout, on the real MariaDB (decision 018). */
@IntegrationTest
class ScholarshipServiceTest {

    private static final FeeOptions SCALE = new FeeOptions(39_500L, 75_000L, true);

    @Autowired
    ScholarshipService scholarships;

    @Autowired
    CheckoutService checkout;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberChoosesTheSupportedPriceAndPaysIt() {
        OfferingId offering = paidWithScale();
        OAuth2AuthenticationToken sam = TestLogins.signedUp(members, "Sam Supported");
        TestLogins.as(sam, () -> enrollment.enroll(offering));

        CheckoutView view = TestLogins.as(sam, () -> checkout.checkout(offering)).orElseThrow();
        assertThat(view.choices()).extracting(PriceQuote::amountMinor).containsExactly(39_500L, 55_000L, 75_000L);

        assertThat(TestLogins.as(sam, () -> checkout.pay(offering, PriceChoice.SUPPORTED, "/courses/x")).seated())
                .isTrue();
        CoursePaymentLine paid = TestLogins.as(sam, () -> checkout.myPayments()).get(0);
        assertThat(paid.amountMinor()).isEqualTo(39_500);
        assertThat(paid.reason()).isEqualTo(PriceReason.SUPPORTED);
    }

    @Test
    void aTierTheCourseDoesNotOfferIsRefusedAndNothingIsPaid() {
        OfferingId offering = TestOffering.offering().capacity(5).price(Price.of("USD", 55_000)).create(catalog);
        OAuth2AuthenticationToken tess = TestLogins.signedUp(members, "Tess Tier");
        TestLogins.as(tess, () -> enrollment.enroll(offering));

        assertThatThrownBy(() -> TestLogins.as(tess, () -> checkout.pay(offering, PriceChoice.SUSTAINING, "/x")))
                .isInstanceOfSatisfying(CheckoutRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("checkout.refused.tier"));
        assertThat(paymentsFor(offering)).isZero();
    }

    @Test
    void aGrantedPercentageIsTakenOffTheEarlyBirdPriceAtCheckoutAndShownOnTheReceipt() {
        Instant deadline = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MICROS);
        OfferingId offering = TestOffering.offering().capacity(5).price(new Price("USD", 55_000, 49_500L, deadline))
                .feeOptions(SCALE).create(catalog);
        OAuth2AuthenticationToken gail = TestLogins.signedUp(members, "Gail Granted");

        TestLogins.as(gail, () -> { scholarships.ask(offering, "  I am between jobs this spring.  "); return null; });
        MyScholarship asked = TestLogins.as(gail, () -> scholarships.myScholarship(offering)).orElseThrow();
        assertThat(asked.status()).isEqualTo(ScholarshipStatus.REQUESTED);
        assertThat(asked.reason()).isEqualTo("I am between jobs this spring.");

        ScholarshipRequestRow row = awaitingFor(offering);
        assertThat(row.memberName()).isEqualTo("Gail Granted");
        assertThat(row.standardMinor()).isEqualTo(49_500);
        TestLogins.asStaff(() -> { scholarships.grant(row.id(), 40, null); return null; });

        MyScholarship granted = TestLogins.as(gail, () -> scholarships.myScholarship(offering)).orElseThrow();
        assertThat(granted.price().amountMinor()).isEqualTo(29_700);
        TestLogins.as(gail, () -> enrollment.enroll(offering));
        CheckoutView view = TestLogins.as(gail, () -> checkout.checkout(offering)).orElseThrow();
        assertThat(view.withScholarship()).isTrue();
        assertThat(view.quote()).isEqualTo(new PriceQuote("USD", 29_700, PriceReason.SCHOLARSHIP, 55_000, deadline,
                19_800));

        // whatever tier the page asks for, the scholarship decides the price
        assertThat(TestLogins.as(gail, () -> checkout.pay(offering, PriceChoice.SUSTAINING, "/x")).seated()).isTrue();
        CoursePaymentLine paid = TestLogins.as(gail, () -> checkout.myPayments()).get(0);
        assertThat(paid.amountMinor()).isEqualTo(29_700);
        assertThat(paid.scholarshipMinor()).isEqualTo(19_800);
        assertThat(jdbc.queryForObject("SELECT scholarship_request_id FROM course_payment WHERE id = ?", Long.class,
                paid.id())).isEqualTo(row.id());
    }

    @Test
    void aScholarshipThatCoversEverythingSeatsTheMemberWithoutThePaymentProvider() {
        OfferingId offering = paidWithScale();
        OAuth2AuthenticationToken fay = TestLogins.signedUp(members, "Fay Full");
        TestLogins.as(fay, () -> { scholarships.ask(offering, "Retired, on a small pension."); return null; });
        TestLogins.asStaff(() -> { scholarships.grant(awaitingFor(offering).id(), null, new BigDecimal("550")); return null; });

        TestLogins.as(fay, () -> enrollment.enroll(offering));
        assertThat(TestLogins.as(fay, () -> checkout.checkout(offering)).orElseThrow().quote().isFree()).isTrue();
        assertThat(TestLogins.as(fay, () -> checkout.pay(offering, "/x")).seated()).isTrue();

        assertThat(TestLogins.as(fay, () -> enrollment.myEnrollment(offering)).orElseThrow().status())
                .isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(jdbc.queryForObject("SELECT CONCAT(provider, ' ', amount_minor, ' ', scholarship_minor, ' ', status)"
                + " FROM course_payment WHERE offering_id = ?", String.class, offering.value()))
                .isEqualTo("scholarship 0 55000 PAID");
    }

    @Test
    void badInputIsRefusedWithAMessageAndStoresNothing() {
        OfferingId offering = paidWithScale();
        OAuth2AuthenticationToken bo = TestLogins.signedUp(members, "Bo Bad");
        assertRefused(() -> TestLogins.as(bo, () -> { scholarships.ask(offering, "   "); return null; }),
                "scholarship.refused.reason");
        assertRefused(() -> TestLogins.as(bo, () -> { scholarships.ask(offering, "x".repeat(1001)); return null; }),
                "scholarship.refused.reason");
        OfferingId without = TestOffering.offering().capacity(5).price(Price.of("USD", 10_000)).create(catalog);
        assertRefused(() -> TestLogins.as(bo, () -> { scholarships.ask(without, "Please"); return null; }),
                "scholarship.refused.notoffered");
        assertThat(TestLogins.as(bo, () -> scholarships.myScholarship(offering))).isEmpty();

        TestLogins.as(bo, () -> { scholarships.ask(offering, "Please"); return null; });
        assertRefused(() -> TestLogins.as(bo, () -> { scholarships.ask(offering, "Again"); return null; }),
                "scholarship.refused.asked");
        long id = awaitingFor(offering).id();
        assertRefused(() -> TestLogins.asStaff(() -> { scholarships.grant(id, null, new BigDecimal("550.01")); return null; }),
                "scholarship.refused.overprice");
        assertRefused(() -> TestLogins.asStaff(() -> { scholarships.grant(id, null, new BigDecimal("10.001")); return null; }),
                "scholarship.refused.amount");
        assertRefused(() -> TestLogins.asStaff(() -> { scholarships.grant(id, 101, null); return null; }),
                "scholarship.refused.percent");
        assertRefused(() -> TestLogins.asStaff(() -> { scholarships.grant(id, null, null); return null; }),
                "scholarship.refused.grant");
        assertRefused(() -> TestLogins.asStaff(() -> { scholarships.decline(id, " "); return null; }),
                "scholarship.refused.declinereason");
        assertThat(jdbc.queryForObject("SELECT status FROM scholarship_request WHERE id = ?", String.class, id))
                .isEqualTo("REQUESTED");
    }

    @Test
    void aDeclinedMemberReadsWhyAndMayAskAgain() {
        OfferingId offering = paidWithScale();
        OAuth2AuthenticationToken dee = TestLogins.signedUp(members, "Dee Declined");
        TestLogins.as(dee, () -> { scholarships.ask(offering, "Student"); return null; });
        long id = awaitingFor(offering).id();
        TestLogins.asStaff(() -> { scholarships.decline(id, "The fund is spent for this season."); return null; });

        MyScholarship declined = TestLogins.as(dee, () -> scholarships.myScholarship(offering)).orElseThrow();
        assertThat(declined.status()).isEqualTo(ScholarshipStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("The fund is spent for this season.");
        assertRefused(() -> TestLogins.asStaff(() -> { scholarships.grant(id, 50, null); return null; }),
                "scholarship.refused.decided");

        TestLogins.as(dee, () -> { scholarships.ask(offering, "My situation changed"); return null; });
        assertThat(TestLogins.as(dee, () -> scholarships.myScholarship(offering)).orElseThrow().status())
                .isEqualTo(ScholarshipStatus.REQUESTED);
    }

    @Test
    void onlyStaffSeeTheQueueDecideAndReadTheReport() {
        OfferingId offering = paidWithScale();
        OAuth2AuthenticationToken eve = TestLogins.signedUp(members, "Eve Elsewhere");
        TestLogins.as(eve, () -> { scholarships.ask(offering, "Please"); return null; });
        long id = awaitingFor(offering).id();

        assertThatThrownBy(() -> TestLogins.as(eve, () -> scholarships.awaiting(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(eve, () -> { scholarships.grant(id, 100, null); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(eve, () -> scholarships.report(Instant.EPOCH, Instant.now())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReportShowsGiftsToTheFundBesideWhatScholarshipsCoveredPerCurrency() {
        Instant from = Instant.now().minusSeconds(60);
        Instant until = Instant.now().plusSeconds(3600);
        ScholarshipReport before = TestLogins.asStaff(() -> scholarships.report(from, until));
        giftToTheFund(12_000, "USD");
        giftToTheFund(3_000, "USD");
        giftToTheFund(5_000, "EUR");
        OfferingId offering = paidWithScale();
        OAuth2AuthenticationToken ray = TestLogins.signedUp(members, "Ray Report");
        TestLogins.as(ray, () -> { scholarships.ask(offering, "Please"); return null; });
        TestLogins.asStaff(() -> { scholarships.grant(awaitingFor(offering).id(), 25, null); return null; });
        TestLogins.as(ray, () -> enrollment.enroll(offering));
        TestLogins.as(ray, () -> checkout.pay(offering, "/x"));

        ScholarshipReport after = TestLogins.asStaff(() -> scholarships.report(from, until));

        assertThat(line(after, "USD").giftsMinor() - line(before, "USD").giftsMinor()).isEqualTo(15_000);
        assertThat(line(after, "USD").gifts() - line(before, "USD").gifts()).isEqualTo(2);
        assertThat(line(after, "EUR").giftsMinor() - line(before, "EUR").giftsMinor()).isEqualTo(5_000);
        assertThat(line(after, "USD").coveredMinor() - line(before, "USD").coveredMinor()).isEqualTo(13_750);
        assertThat(line(after, "USD").scholars() - line(before, "USD").scholars()).isEqualTo(1);
        assertThat(after.granted() - before.granted()).isEqualTo(1);
        assertThat(TestLogins.asStaff(() -> scholarships.report(until, until.plusSeconds(60))).lines()).isEmpty();
    }

    private OfferingId paidWithScale() {
        return TestOffering.offering().capacity(5).price(Price.of("USD", 55_000)).feeOptions(SCALE).create(catalog);
    }

    private ScholarshipRequestRow awaitingFor(OfferingId offering) {
        return TestLogins.asStaff(() -> scholarships.awaiting(0, 10_000)).stream()
                .filter(row -> row.offering().equals(offering)).findFirst().orElseThrow();
    }

    private long paymentsFor(OfferingId offering) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM course_payment WHERE offering_id = ?", Long.class,
                offering.value());
    }

    private void giftToTheFund(long minor, String currency) {
        jdbc.update("INSERT INTO gift (member_id, amount_minor, currency, given_at, source, recorded_by, designation,"
                + " donor_name, donor_email) VALUES (NULL, ?, ?, ?, 'STRIPE', 'test', 'CIRCLES_SCHOLARSHIPS',"
                + " 'Guest Giver', 'guest@example.org')", minor, currency, Timestamp.from(Instant.now()));
    }

    private static ScholarshipFundLine line(ScholarshipReport report, String currency) {
        return report.lines().stream().filter(line -> line.currency().equals(currency)).findFirst()
                .orElse(new ScholarshipFundLine(currency, 0, 0, 0, 0));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ScholarshipRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}

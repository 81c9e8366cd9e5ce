package org.centerformsc.portal.fees;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.fees.domain.CoursePaymentStatus;
import org.centerformsc.portal.giving.CoursePaymentReported;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.TestOutbox;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paying for a held seat with the offline gateway, on the real MariaDB (docs/decisions/016). */
@IntegrationTest
class CheckoutServiceTest {

    @Autowired
    CheckoutService checkout;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    CoursePaymentRepository payments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Autowired
    org.centerformsc.portal.catalog.OfferingPlanningService planning;

    @Test
    void aParticipantPaysTheEarlyBirdPriceAndTheHeldSeatBecomesTheirsWithAReceipt() {
        Instant deadline = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        OfferingId offering = TestOffering.offering().title("Live Online MSC, paid").capacity(2)
                .price(new Price("USD", 55_000, 49_500L, deadline)).create(catalog);
        OAuth2AuthenticationToken alex = TestLogins.signedUp(members, "Alex Payer");

        MyEnrollment held = TestLogins.as(alex, () -> enrollment.enroll(offering));
        assertThat(held.status()).isEqualTo(EnrollmentStatus.HELD);
        assertThat(held.holdExpiresAt()).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60));
        CheckoutView view = TestLogins.as(alex, () -> checkout.checkout(offering)).orElseThrow();
        assertThat(view.quote()).isEqualTo(new PriceQuote("USD", 49_500, PriceReason.EARLY_BIRD, 55_000, deadline));
        assertThat(view.demoPayments()).isTrue();

        PayOutcome outcome = TestLogins.as(alex, () -> checkout.pay(offering, "/courses/x"));

        assertThat(outcome).isEqualTo(PayOutcome.settled(true));
        assertThat(TestLogins.as(alex, () -> enrollment.myEnrollment(offering)).orElseThrow().status())
                .isEqualTo(EnrollmentStatus.ENROLLED);
        CoursePaymentLine line = TestLogins.as(alex, () -> checkout.myPayments()).get(0);
        assertThat(line.amountMinor()).isEqualTo(49_500);
        assertThat(line.reason()).isEqualTo(PriceReason.EARLY_BIRD);
        byte[] receipt = TestLogins.as(alex, () -> checkout.receipt(line.id()));
        assertThat(new String(receipt, 0, 5)).isEqualTo("%PDF-");
        TestOutbox.deliver(context);
        assertThat(mailsTo(alex, "Your course payment: Live Online MSC, paid", "your seat is confirmed")).isEqualTo(1);
        assertThat(mailsTo(alex, "You are enrolled: Live Online MSC, paid", "")).isEqualTo(1);
        assertThatThrownBy(() -> TestLogins.as(TestLogins.signedUp(members, "Other Member"),
                () -> checkout.receipt(line.id()))).isInstanceOf(CheckoutRefused.class);
    }

    @Test
    void pressingPayTwiceOrInTwoTabsAtOnceMakesOnePayment() throws Exception {
        OfferingId offering = paid(1);
        OAuth2AuthenticationToken robin = TestLogins.signedUp(members, "Robin Twotabs");
        TestLogins.as(robin, () -> enrollment.enroll(offering));

        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            Callable<PayOutcome> pay = () -> TestLogins.as(robin, () -> checkout.pay(offering, "/courses/x"));
            Future<PayOutcome> one = tabs.submit(pay);
            Future<PayOutcome> two = tabs.submit(pay);
            assertThat(one.get().seated()).isTrue();
            assertThat(two.get().seated()).isTrue();
        } finally {
            tabs.shutdown();
        }
        assertThat(TestLogins.as(robin, () -> checkout.pay(offering, "/courses/x").seated())).isTrue();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM course_payment WHERE offering_id = ?", Long.class,
                offering.value())).isEqualTo(1);
        TestOutbox.deliver(context);
        assertThat(mailsTo(robin, "Your course payment:", "your seat is confirmed")).isEqualTo(1);
        assertThat(mailsTo(robin, "You are enrolled:", "")).isEqualTo(1);
    }

    @Test
    void aHoldThatRanOutCannotBePaidAndItsSeatIsHeldForTheFirstInLine() {
        OfferingId offering = paid(1);
        OAuth2AuthenticationToken late = TestLogins.signedUp(members, "Lee Late");
        OAuth2AuthenticationToken next = TestLogins.signedUp(members, "Nia Next");
        TestLogins.as(late, () -> enrollment.enroll(offering));
        assertThat(TestLogins.as(next, () -> enrollment.enroll(offering)).status())
                .isEqualTo(EnrollmentStatus.WAITLISTED);
        endHolds(offering);

        assertThatThrownBy(() -> TestLogins.as(late, () -> checkout.pay(offering, "/courses/x")))
                .isInstanceOfSatisfying(CheckoutRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("checkout.refused.expired"));
        // (the portal's own minutely job may have released it first; either way it is released once)
        SystemAuthentication.asSystem(enrollment::releaseExpiredHolds);

        assertThat(TestLogins.as(late, () -> enrollment.myEnrollment(offering))).isEmpty();
        MyEnrollment promoted = TestLogins.as(next, () -> enrollment.myEnrollment(offering)).orElseThrow();
        assertThat(promoted.status()).isEqualTo(EnrollmentStatus.HELD);
        assertThat(promoted.holdExpiresAt()).isAfter(Instant.now().plus(Duration.ofHours(47)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM course_payment WHERE offering_id = ?", Long.class,
                offering.value())).isZero();
    }

    @Test
    void aPaymentAfterItsHoldTakesAFreeSeatOrIsRefundedInFull() {
        OfferingId roomy = paid(2);
        OAuth2AuthenticationToken lucky = TestLogins.signedUp(members, "Lucky Late");
        long luckyPayment = startedCheckout(lucky, roomy);
        endHolds(roomy);
        SystemAuthentication.asSystem(enrollment::releaseExpiredHolds);

        report(luckyPayment);

        assertThat(TestLogins.as(lucky, () -> enrollment.myEnrollment(roomy)).orElseThrow().status())
                .isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(payments.findById(luckyPayment).orElseThrow().getStatus()).isEqualTo(CoursePaymentStatus.PAID);

        OfferingId full = paid(1);
        OAuth2AuthenticationToken unlucky = TestLogins.signedUp(members, "Una Unlucky");
        OAuth2AuthenticationToken waiting = TestLogins.signedUp(members, "Wes Waiting");
        long unluckyPayment = startedCheckout(unlucky, full);
        TestLogins.as(waiting, () -> enrollment.enroll(full));
        endHolds(full);
        SystemAuthentication.asSystem(enrollment::releaseExpiredHolds);

        report(unluckyPayment);
        report(unluckyPayment);

        assertThat(TestLogins.as(unlucky, () -> enrollment.myEnrollment(full))).isEmpty();
        CoursePayment refunded = payments.findById(unluckyPayment).orElseThrow();
        assertThat(refunded.getStatus()).isEqualTo(CoursePaymentStatus.REFUNDED);
        assertThat(refunded.getRefundedMinor()).isEqualTo(refunded.getAmountMinor());
        TestOutbox.deliver(context);
        assertThat(mailsTo(unlucky, "Your course payment:", "We have refunded the full amount")).isEqualTo(1);
        assertThat(mailsTo(unlucky, "", "")).as("no seat, so nothing else").isEqualTo(1);
        assertThat(mailsTo(lucky, "Your course payment:", "your seat is confirmed")).isEqualTo(1);
        assertThat(mailsTo(lucky, "You are enrolled:", "")).as("a seat taken late is confirmed too").isEqualTo(1);
        assertThat(TestLogins.as(waiting, () -> enrollment.myEnrollment(full)).orElseThrow().status())
                .isEqualTo(EnrollmentStatus.HELD);
    }

    @Test
    void aCancelledOfferingRefundsEveryPaidFeeInFull() {
        OfferingId offering = paid(3);
        OAuth2AuthenticationToken paidUp = TestLogins.signedUp(members, "Paz Paid");
        OAuth2AuthenticationToken stillHolding = TestLogins.signedUp(members, "Hal Holding");
        TestLogins.as(paidUp, () -> enrollment.enroll(offering));
        TestLogins.as(paidUp, () -> checkout.pay(offering, "/courses/x"));
        TestLogins.as(stillHolding, () -> enrollment.enroll(offering));

        TestLogins.asStaff(() -> {
            planning.cancel(offering, "The teacher fell ill.");
            return null;
        });

        CoursePaymentLine line = TestLogins.as(paidUp, () -> checkout.myPayments()).get(0);
        assertThat(line.refunded()).isTrue();
        TestOutbox.deliver(context);
        assertThat(mailsTo(paidUp, "Your course payment:", "has been cancelled, so we have refunded your payment"))
                .isEqualTo(1);
        assertThat(TestLogins.as(paidUp, () -> enrollment.myEnrollment(offering))).isEmpty();
        assertThat(TestLogins.as(stillHolding, () -> enrollment.myEnrollment(offering))).isEmpty();
        assertThat(mailsTo(stillHolding, "Your course payment:", "")).isZero();
    }

    @Test
    void withdrawingBeforeTheRefundDeadlineGivesTheFeeBackAndAfterItNothing() {
        OfferingId later = TestOffering.offering().capacity(2).price(Price.of("USD", 55_000))
                .firstSessionAt(Instant.now().plus(Duration.ofDays(60))).create(catalog);
        OfferingId soon = TestOffering.offering().capacity(2).price(Price.of("USD", 55_000))
                .firstSessionAt(Instant.now().plus(Duration.ofDays(7))).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Wyn Withdraws");
        for (OfferingId offering : java.util.List.of(later, soon)) {
            TestLogins.as(member, () -> enrollment.enroll(offering));
            TestLogins.as(member, () -> checkout.pay(offering, "/courses/x"));
        }

        // the demo's default policy: in full until 14 days before the start
        WithdrawalQuote early = TestLogins.as(member, () -> checkout.withdrawalQuote(later)).orElseThrow();
        assertThat(early.backMinor()).isEqualTo(55_000);
        WithdrawalQuote tooLate = TestLogins.as(member, () -> checkout.withdrawalQuote(soon)).orElseThrow();
        assertThat(tooLate.backMinor()).isZero();
        assertThat(tooLate.deadline()).isBefore(Instant.now());
        TestLogins.as(member, () -> {
            enrollment.withdraw(later);
            enrollment.withdraw(soon);
            return null;
        });

        assertThat(TestLogins.as(member, () -> checkout.myPayments())).extracting(CoursePaymentLine::offering,
                CoursePaymentLine::refunded).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(later, true), org.assertj.core.groups.Tuple.tuple(soon, false));
        assertThat(TestLogins.as(member, () -> checkout.withdrawalQuote(later))).isEmpty();
    }

    @Test
    void aFreeCourseNeedsNoCheckout() {
        OfferingId free = TestOffering.offering().create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Fran Free");

        assertThat(TestLogins.as(member, () -> enrollment.enroll(free)).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(TestLogins.as(member, () -> checkout.checkout(free))).isEmpty();
        assertThatThrownBy(() -> TestLogins.as(member, () -> checkout.pay(free, "/courses/x")))
                .isInstanceOfSatisfying(CheckoutRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("checkout.refused.paid"));
    }

    private OfferingId paid(int seats) {
        return TestOffering.offering().capacity(seats).price(Price.of("USD", 55_000)).create(catalog);
    }

    /** A member enrolled and went to the provider's page: a pending payment, as a real provider leaves it. */
    private long startedCheckout(OAuth2AuthenticationToken member, OfferingId offering) {
        MyEnrollment held = TestLogins.as(member, () -> enrollment.enroll(offering));
        long memberId = jdbc.queryForObject("SELECT member_id FROM enrollment WHERE offering_id = ? AND status = 'HELD'"
                + " ORDER BY id DESC LIMIT 1", Long.class, offering.value());
        return new TransactionTemplate(transactions).execute(status -> payments.save(new CoursePayment(
                offering.value(), memberId, "test-" + offering.value() + "-" + held.requestedAt().toEpochMilli(),
                PriceQuote.of(Price.of("USD", 55_000), Instant.now()), "offline", Instant.now())).getId());
    }

    /** The provider reports the payment, as its webhook would, inside a transaction of its own. */
    private void report(long paymentId) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new CoursePaymentReported(paymentId, "pi_" + paymentId, new Money(55_000, "USD"), Instant.now())));
    }

    private void endHolds(OfferingId offering) {
        jdbc.update("UPDATE enrollment SET hold_expires_at = ? WHERE offering_id = ? AND status = 'HELD'",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), offering.value());
    }

    /** E-mails to the member whose subject starts with {@code subjectStart} and whose text says {@code saying}. */
    private static long mailsTo(OAuth2AuthenticationToken member, String subjectStart, String saying) {
        return TestMail.to(TestLogins.email(member.getPrincipal().getAttribute("sub"))).stream().filter(message -> {
            try {
                return message.getSubject().startsWith(subjectStart) && TestMail.text(message).contains(saying);
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}

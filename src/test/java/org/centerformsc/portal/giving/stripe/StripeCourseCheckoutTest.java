package org.centerformsc.portal.giving.stripe;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.PayOutcome;
import org.centerformsc.portal.fees.PriceChoice;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Course fees with the Stripe adapter (docs/decisions/016): Checkout in payment mode with the hold's idempotency key,
 * the webhook confirming or expiring it, and a refund when the money came after the seat was gone. Stripe's API is a
 * local stub; events are signed with the test secret as Stripe signs them.
 */
@StripeTest
class StripeCourseCheckoutTest {

    @RegisterExtension
    static final WireMockExtension stripe = StripeStub.onTestPort();

    @Autowired
    MockMvc mvc;

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

    @Autowired
    org.centerformsc.portal.catalog.OfferingPlanningService planning;

    /** Each test's checkout session, as Stripe names them: one per session. */
    private String session;

    @BeforeEach
    void stripeAnswers() {
        session = "cs_" + UUID.randomUUID();
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/%s"}"""
                        .formatted(session, session))));
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"re_1","object":"refund","status":"succeeded","amount":55000}""")));
    }

    @Test
    void payingOpensStripeCheckoutOnceWithTheHoldsKeyAndTheWebhookSeatsTheMember() throws Exception {
        OfferingId offering = TestOffering.offering().title("Live Online MSC, Stripe").capacity(2)
                .price(Price.of("USD", 55_000)).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Stella Stripe");
        TestLogins.as(member, () -> enrollment.enroll(offering));

        PayOutcome first = TestLogins.as(member, () -> checkout.pay(offering, "/courses/LIVE"));
        PayOutcome again = TestLogins.as(member, () -> checkout.pay(offering, "/courses/LIVE"));

        assertThat(first.redirectUrl()).isEqualTo("https://checkout.stripe.com/c/pay/" + session);
        assertThat(again).isEqualTo(first);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        long payment = paymentOf(offering);
        stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", containing("course-" + offering.value() + "-"))
                .withRequestBody(containing("mode=payment"))
                .withRequestBody(containing("line_items[0][price_data][unit_amount]=55000"))
                .withRequestBody(containing("metadata[kind]=course"))
                .withRequestBody(containing("metadata[course_payment]=" + payment))
                .withRequestBody(containing("success_url=http%3A%2F%2Flocalhost%3A8080%2Fcourses%2FLIVE%3Fpaid")));
        assertThat(placeOf(member, offering)).isEqualTo(EnrollmentStatus.HELD);

        String completed = completed(payment, "pi_" + UUID.randomUUID(), 55_000);
        deliver(completed).andExpect(status().isOk());
        deliver(completed).andExpect(status().isOk());

        assertThat(placeOf(member, offering)).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(jdbc.queryForObject("SELECT status FROM course_payment WHERE id = ?", String.class, payment))
                .isEqualTo("PAID");
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/refunds")));
    }

    @Test
    void refundsStaffMakeAtStripeAreRecordedPartOrWhole() throws Exception {
        OfferingId offering = TestOffering.offering().capacity(1).price(Price.of("USD", 55_000)).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Rae Refund");
        TestLogins.as(member, () -> enrollment.enroll(offering));
        TestLogins.as(member, () -> checkout.pay(offering, "/courses/X"));
        long payment = paymentOf(offering);
        String intent = "pi_" + UUID.randomUUID();
        deliver(completed(payment, intent, 55_000)).andExpect(status().isOk());

        deliver(refunded(intent, 20_000)).andExpect(status().isOk());
        assertThat(jdbc.queryForMap("SELECT status, refunded_minor FROM course_payment WHERE id = ?", payment))
                .containsEntry("status", "PAID").containsEntry("refunded_minor", 20_000L);

        deliver(refunded(intent, 55_000)).andExpect(status().isOk());
        deliver(refunded(intent, 20_000)).andExpect(status().isOk());
        assertThat(jdbc.queryForMap("SELECT status, refunded_minor FROM course_payment WHERE id = ?", payment))
                .containsEntry("status", "REFUNDED").containsEntry("refunded_minor", 55_000L);
    }

    @Test
    void cancellingAfterAWithdrawalRefundGivesBackOnlyTheRest() throws Exception {
        OfferingId offering = TestOffering.offering().capacity(2).price(Price.of("USD", 55_000))
                .firstSessionAt(Instant.now().plus(java.time.Duration.ofDays(60))).create(catalog);
        jdbc.update("UPDATE offering SET refund_fee_minor = 5000 WHERE id = ?", offering.value());
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Tia Twice");
        TestLogins.as(member, () -> enrollment.enroll(offering));
        TestLogins.as(member, () -> checkout.pay(offering, "/courses/X"));
        String intent = "pi_" + UUID.randomUUID();
        deliver(completed(paymentOf(offering), intent, 55_000)).andExpect(status().isOk());

        TestLogins.as(member, () -> {
            enrollment.withdraw(offering);
            return null;
        });
        TestLogins.asStaff(() -> {
            planning.cancel(offering, "Too few participants.");
            return null;
        });

        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(equalTo("amount=50000&payment_intent=" + intent)));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(equalTo("amount=5000&payment_intent=" + intent)));
        stripe.verify(2, postRequestedFor(urlEqualTo("/v1/refunds")));
        assertThat(jdbc.queryForMap("SELECT status, refunded_minor FROM course_payment WHERE id = ?",
                paymentOf(offering))).containsEntry("status", "REFUNDED").containsEntry("refunded_minor", 55_000L);
    }

    private static String refunded(String intent, long total) {
        return event("charge.refunded", """
                {"id":"ch_%s","object":"charge","amount":55000,"amount_refunded":%d,"currency":"usd",
                 "payment_intent":"%s","refunded":%s}""".formatted(UUID.randomUUID(), total, intent, total == 55_000));
    }

    @Test
    void moneyAfterTheSeatWasGivenAwayIsRefundedAtStripeInFull() throws Exception {
        OfferingId offering = TestOffering.offering().capacity(1).price(Price.of("USD", 55_000)).create(catalog);
        OAuth2AuthenticationToken slow = TestLogins.signedUp(members, "Sid Slow");
        OAuth2AuthenticationToken next = TestLogins.signedUp(members, "Nell Next");
        TestLogins.as(slow, () -> enrollment.enroll(offering));
        TestLogins.as(slow, () -> checkout.pay(offering, "/courses/X"));
        TestLogins.as(next, () -> enrollment.enroll(offering));
        jdbc.update("UPDATE enrollment SET hold_expires_at = ? WHERE offering_id = ? AND status = 'HELD'",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), offering.value());
        SystemAuthentication.asSystem(enrollment::releaseExpiredHolds);
        String intent = "pi_" + UUID.randomUUID();

        deliver(completed(paymentOf(offering), intent, 55_000)).andExpect(status().isOk());

        assertThat(TestLogins.as(slow, () -> enrollment.myEnrollment(offering))).isEmpty();
        assertThat(placeOf(next, offering)).isEqualTo(EnrollmentStatus.HELD);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(equalTo("amount=55000&payment_intent=" + intent))
                .withHeader("Idempotency-Key", containing("-refund")));
        assertThat(jdbc.queryForObject("SELECT status FROM course_payment WHERE offering_id = ?", String.class,
                offering.value())).isEqualTo("REFUNDED");
    }

    @Test
    void aSecondPaymentForTheSameSeatAtAnotherPriceFromAnotherTabIsGivenBack() throws Exception {
        OfferingId offering = TestOffering.offering().capacity(3).price(Price.of("USD", 55_000))
                .feeOptions(new FeeOptions(null, 75_000L, false)).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Tabitha Twotabs");
        TestLogins.as(member, () -> enrollment.enroll(offering));
        String sustainingSession = "cs_" + UUID.randomUUID();
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).atPriority(1)
                .withRequestBody(containing("unit_amount]=75000")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("""
                                {"id":"%s","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/%s"}"""
                                .formatted(sustainingSession, sustainingSession))));

        PayOutcome standard = TestLogins.as(member, () -> checkout.pay(offering, PriceChoice.STANDARD, "/courses/X"));
        PayOutcome sustaining = TestLogins.as(member, () -> checkout.pay(offering, PriceChoice.SUSTAINING,
                "/courses/X"));
        assertThat(sustaining.redirectUrl()).isNotEqualTo(standard.redirectUrl());
        long standardPayment = paymentAt(offering, 55_000);
        long sustainingPayment = paymentAt(offering, 75_000);
        String secondIntent = "pi_" + UUID.randomUUID();

        deliver(completed(standardPayment, "pi_" + UUID.randomUUID(), 55_000)).andExpect(status().isOk());
        deliver(completed(sustainingPayment, secondIntent, 75_000)).andExpect(status().isOk());

        assertThat(placeOf(member, offering)).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(jdbc.queryForObject("SELECT status FROM course_payment WHERE id = ?", String.class, standardPayment))
                .isEqualTo("PAID");
        assertThat(jdbc.queryForObject("SELECT status FROM course_payment WHERE id = ?", String.class,
                sustainingPayment)).isEqualTo("REFUNDED");
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(equalTo("amount=75000&payment_intent=" + secondIntent)));
    }

    @Test
    void anExpiredCheckoutIsClosed() throws Exception {
        OfferingId offering = TestOffering.offering().capacity(1).price(Price.of("USD", 55_000)).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Ezra Expired");
        TestLogins.as(member, () -> enrollment.enroll(offering));
        TestLogins.as(member, () -> checkout.pay(offering, "/courses/X"));
        long payment = paymentOf(offering);

        deliver(event("checkout.session.expired", """
                {"id":"cs_course_1","object":"checkout.session","mode":"payment","status":"expired",
                 "metadata":{"kind":"course","course_payment":"%d"}}""".formatted(payment))).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT status FROM course_payment WHERE id = ?", String.class, payment))
                .isEqualTo("EXPIRED");
    }

    private EnrollmentStatus placeOf(OAuth2AuthenticationToken member, OfferingId offering) {
        return TestLogins.as(member, () -> enrollment.myEnrollment(offering)).orElseThrow().status();
    }

    private long paymentAt(OfferingId offering, long amountMinor) {
        return jdbc.queryForObject("SELECT id FROM course_payment WHERE offering_id = ? AND amount_minor = ?",
                Long.class, offering.value(), amountMinor);
    }

    private long paymentOf(OfferingId offering) {
        return jdbc.queryForObject("SELECT id FROM course_payment WHERE offering_id = ?", Long.class, offering.value());
    }

    private static String completed(long payment, String intent, long amount) {
        return event("checkout.session.completed", """
                {"id":"cs_course_1","object":"checkout.session","mode":"payment","amount_total":%d,"currency":"usd",
                 "payment_intent":"%s","metadata":{"kind":"course","course_payment":"%d"}}"""
                .formatted(amount, intent, payment));
    }

    private static String event(String type, String object) {
        return StripeWebhooks.event("evt_" + UUID.randomUUID(), type, StripeWebhooks.now(), object);
    }

    private ResultActions deliver(String payload) throws Exception {
        return StripeWebhooks.deliver(mvc, payload, StripeWebhooks.now());
    }
}

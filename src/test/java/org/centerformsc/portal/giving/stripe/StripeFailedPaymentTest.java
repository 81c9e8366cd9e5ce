package org.centerformsc.portal.giving.stripe;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.giving.GiftAmounts;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.giving.SubscriptionState.Status;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.TestOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.event;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.now;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.subscriptionJson;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A monthly gift whose card fails: Stripe's retries shown and told, a later payment clearing it, and the end after
 * the last retry as a lapse the donor restarts in one click. Out-of-order and repeated deliveries change nothing.
 */
@StripeTest
class StripeFailedPaymentTest {

    @RegisterExtension
    static final WireMockExtension stripe = StripeStub.onTestPort();

    @Autowired
    MockMvc mvc;

    @Autowired
    GivingService giving;

    @Autowired
    MemberService members;

    @Autowired
    ApplicationContext context;

    private OAuth2AuthenticationToken donor;
    private long member;
    private String email;
    private String subscription;
    private long t;

    /** A donor with a monthly gift of $25 to the scholarships, set up through Stripe Checkout. */
    @BeforeEach
    void aMonthlyGift() throws Exception {
        donor = TestLogins.signedUp(members, "Fay Failing");
        member = TestLogins.as(donor, members::currentMemberId).value();
        email = TestLogins.email(donor.getPrincipal().getAttribute("sub"));
        subscription = "sub_" + UUID.randomUUID();
        t = now();
        deliver("checkout.session.completed", t, """
                {"id":"cs_s","object":"checkout.session","mode":"subscription","amount_total":2500,"currency":"usd",
                 "subscription":"%s","customer":"cus_1",
                 "metadata":{"member_id":"%d","designation":"CIRCLES_SCHOLARSHIPS","frequency":"MONTHLY"}}"""
                .formatted(subscription, member));
        deliver("customer.subscription.updated", t + 1, subscriptionJson(subscription, "active"));
    }

    @Test
    void aFailedChargeIsShownWithStripesRetryAndMailedOnceAndALaterPaymentClearsIt() throws Exception {
        long retry = t + 3 * 86_400;
        String failed = event("evt_" + UUID.randomUUID(), "invoice.payment_failed", t + 2, invoice(retry));

        StripeWebhooks.deliver(mvc, failed, now()).andExpect(status().isOk());
        StripeWebhooks.deliver(mvc, failed, now()).andExpect(status().isOk());

        RecurringGiftView gift = myGift();
        assertThat(gift.status()).isEqualTo(Status.ACTIVE);
        assertThat(gift.paymentFailed()).isTrue();
        assertThat(gift.nextRetryOn()).isEqualTo(day(retry));
        TestOutbox.deliver(context);
        MimeMessage mail = TestMail.to(email).stream()
                .filter(m -> subject(m).equals("Your gift of $25.00 could not be charged")).toList().get(0);
        assertThat(TestMail.text(mail)).contains("Dear Fay Failing,")
                .contains("Your monthly gift of $25.00 could not be charged to your card. Your payment provider will"
                        + " try again on " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.ENGLISH).format(day(retry)) + ".")
                .contains("http://localhost:8080/giving");
        assertThat(failureMails()).as("a redelivered event is not mailed again").isEqualTo(1);

        deliver("invoice.paid", t + 4, paidInvoice());

        assertThat(myGift().paymentFailed()).isFalse();
        assertThat(myGift().nextRetryOn()).isNull();
        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).hasSize(1);
    }

    @Test
    void aFailureDeliveredAfterTheNewerPaymentChangesNothing() throws Exception {
        deliver("invoice.paid", t + 10, paidInvoice());

        deliver("invoice.payment_failed", t + 5, invoice(t + 3 * 86_400));

        assertThat(myGift().paymentFailed()).isFalse();
        TestOutbox.deliver(context);
        assertThat(failureMails()).isZero();
    }

    @Test
    void afterTheLastRetryStripeEndsTheGiftAsLapsedAndTheDonorRestartsItInOneClick() throws Exception {
        deliver("invoice.payment_failed", t + 2, invoice(t + 3 * 86_400));
        deliver("invoice.payment_failed", t + 3, invoice(null));
        assertThat(myGift().nextRetryOn()).isNull();

        deliver("customer.subscription.deleted", t + 4, subscriptionJson(subscription, "canceled"));

        RecurringGiftView lapsed = myGift();
        assertThat(lapsed.status()).isEqualTo(Status.LAPSED);
        assertThat(lapsed.restartable()).isTrue();
        TestOutbox.deliver(context);
        assertThat(failureMails()).isEqualTo(2);
        assertThatThrownBy(() -> TestLogins.as(donor, () -> giving.change(lapsed.id(),
                new SubscriptionChange.SkipNext()))).isInstanceOf(GiftAmounts.InvalidGift.class)
                .hasMessage("giving.invalid.lapsed");

        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"cs_again","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_again"}""")));
        String checkout = TestLogins.as(donor, () -> giving.restart(lapsed.id()));

        assertThat(checkout).isEqualTo("https://checkout.stripe.com/c/pay/cs_again");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("mode=subscription"))
                .withRequestBody(containing("line_items[0][price_data][unit_amount]=2500"))
                .withRequestBody(containing("line_items[0][price_data][currency]=usd"))
                .withRequestBody(containing("line_items[0][price_data][recurring][interval]=month"))
                .withRequestBody(containing("metadata[designation]=CIRCLES_SCHOLARSHIPS"))
                .withRequestBody(containing("subscription_data[metadata][member_id]=" + member)));

        String again = "sub_" + UUID.randomUUID();
        deliver("checkout.session.completed", t + 60, """
                {"id":"cs_again","object":"checkout.session","mode":"subscription","amount_total":2500,"currency":"usd",
                 "subscription":"%s","customer":"cus_1",
                 "metadata":{"member_id":"%d","designation":"CIRCLES_SCHOLARSHIPS","frequency":"MONTHLY"}}"""
                .formatted(again, member));
        assertThat(TestLogins.as(donor, giving::myRecurringGifts)).extracting(RecurringGiftView::status,
                RecurringGiftView::restartable).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.ACTIVE, false),
                org.assertj.core.groups.Tuple.tuple(Status.LAPSED, false));
    }

    @Test
    void anUnpaidSubscriptionHasLapsed() throws Exception {
        deliver("invoice.payment_failed", t + 2, invoice(null));

        deliver("customer.subscription.updated", t + 3, subscriptionJson(subscription, "unpaid"));

        assertThat(myGift().status()).isEqualTo(Status.LAPSED);
    }

    @Test
    void aDonorWhoCancelsWhileTheCardFailsHasCancelledNotLapsed() throws Exception {
        deliver("invoice.payment_failed", t + 2, invoice(t + 3 * 86_400));
        stripe.stubFor(delete(urlPathEqualTo("/v1/subscriptions/" + subscription)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(subscriptionJson(subscription, "canceled"))));
        TestLogins.as(donor, () -> giving.change(myGift().id(), new SubscriptionChange.Cancel("Changing banks")));

        deliver("customer.subscription.deleted", now() + 5, subscriptionJson(subscription, "canceled"));

        assertThat(myGift().status()).isEqualTo(Status.CANCELLED);
        assertThat(myGift().paymentFailed()).isFalse();
    }

    private void deliver(String type, long created, String object) throws Exception {
        StripeWebhooks.deliver(mvc, event("evt_" + UUID.randomUUID(), type, created, object), now())
                .andExpect(status().isOk());
    }

    /** An unpaid invoice of the subscription; {@code nextAttempt} null after Stripe's last retry. */
    private String invoice(Long nextAttempt) {
        return """
                {"id":"in_%s","object":"invoice","amount_due":2500,"amount_paid":0,"currency":"usd","status":"open",
                 "attempt_count":1,"next_payment_attempt":%s,
                 "parent":{"type":"subscription_details","subscription_details":{"subscription":"%s",
                 "metadata":{"member_id":"%d","designation":"CIRCLES_SCHOLARSHIPS"}}}}"""
                .formatted(UUID.randomUUID(), nextAttempt, subscription, member);
    }

    private String paidInvoice() {
        return """
                {"id":"in_%s","object":"invoice","amount_paid":2500,"currency":"usd","status":"paid",
                 "parent":{"type":"subscription_details","subscription_details":{"subscription":"%s",
                 "metadata":{"member_id":"%d","designation":"CIRCLES_SCHOLARSHIPS"}}}}"""
                .formatted(UUID.randomUUID(), subscription, member);
    }

    private RecurringGiftView myGift() {
        return TestLogins.as(donor, giving::myRecurringGifts).get(0);
    }

    private long failureMails() {
        return TestMail.to(email).stream().filter(m -> subject(m).contains("could not be charged")).count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC).toLocalDate();
    }
}

package org.centerformsc.portal.giving.stripe;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.PaymentGateway;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.giving.SubscriptionState;
import org.centerformsc.portal.member.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The requests stripe-java sends for our gifts, checked on a local stub of Stripe's API. */
@StripeTest
class StripeGatewayTest {

    @RegisterExtension
    static final WireMockExtension stripe = StripeStub.onTestPort();

    @Autowired
    PaymentGateway gateway;

    @Test
    void aMonthlyGiftStartsAtStripeCheckoutWithTheAmountAndTheDonor() {
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"cs_test_1","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_1"}""")));

        PaymentGateway.Checkout checkout = gateway.startRecurring(
                new PaymentGateway.Donor(new MemberId(42), "Robin Hayes", "donor@example.org"), new Money(2500, "USD"),
                Frequency.MONTHLY, Designation.CIRCLES_SCHOLARSHIPS, null);

        assertThat(checkout.redirectUrl()).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_1");
        assertThat(checkout.confirmed()).isNull();
        stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Authorization", equalTo("Bearer sk_test_portal"))
                .withRequestBody(containing("mode=subscription"))
                .withRequestBody(containing("line_items[0][price_data][unit_amount]=2500"))
                .withRequestBody(containing("line_items[0][price_data][currency]=usd"))
                .withRequestBody(containing("line_items[0][price_data][recurring][interval]=month"))
                .withRequestBody(containing("metadata[member_id]=42"))
                .withRequestBody(containing("metadata[designation]=CIRCLES_SCHOLARSHIPS"))
                .withRequestBody(containing("customer_email=donor%40example.org")));
    }

    @Test
    void pausingSendsPauseCollectionAndStoresWhatStripeAnswers() {
        LocalDate resume = LocalDate.now(ZoneOffset.UTC).plusMonths(2);
        long resumesAt = resume.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        stripe.stubFor(post(urlEqualTo("/v1/subscriptions/sub_1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"sub_1","object":"subscription","status":"active",
                         "pause_collection":{"behavior":"void","resumes_at":%d},
                         "items":{"object":"list","data":[{"id":"si_1","object":"subscription_item",
                          "current_period_end":%d,"price":{"id":"p","object":"price","unit_amount":2500,
                          "currency":"usd","product":"prod_1"}}]}}""".formatted(resumesAt, resumesAt + 86_400))));
        SubscriptionState current = new SubscriptionState("sub_1", new Money(2500, "USD"),
                SubscriptionState.Status.ACTIVE, LocalDate.now(ZoneOffset.UTC).plusDays(5), null);

        SubscriptionState confirmed = gateway.change(current, Frequency.MONTHLY, new SubscriptionChange.Pause(resume),
                LocalDate.now(ZoneOffset.UTC));

        assertThat(confirmed.status()).isEqualTo(SubscriptionState.Status.PAUSED);
        assertThat(confirmed.pausedUntil()).isEqualTo(resume);
        stripe.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_1"))
                .withRequestBody(containing("pause_collection[behavior]=void"))
                .withRequestBody(containing("pause_collection[resumes_at]=" + resumesAt))
                .withRequestBody(containing("proration_behavior=none")));
    }
}

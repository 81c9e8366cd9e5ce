package org.centerformsc.portal.giving.stripe;

import com.stripe.model.Subscription;
import com.stripe.net.ApiResource;
import org.centerformsc.portal.giving.SubscriptionState.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Stripe subscriptions are the donor's cancellation and which lapsed after Stripe's last retry. */
class StripeStatesTest {

    @Test
    void pastDueIsStillActiveWhileStripeRetries() {
        assertThat(StripeStates.of(subscription("past_due", null), null).status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void unpaidOrCancelledForAFailedPaymentHasLapsed() {
        assertThat(StripeStates.of(subscription("unpaid", null), null).status()).isEqualTo(Status.LAPSED);
        assertThat(StripeStates.of(subscription("canceled", "payment_failed"), null).status())
                .isEqualTo(Status.LAPSED);
    }

    @Test
    void cancelledOnRequestIsCancelled() {
        assertThat(StripeStates.of(subscription("canceled", "cancellation_requested"), null).status())
                .isEqualTo(Status.CANCELLED);
        assertThat(StripeStates.of(subscription("canceled", null), null).status()).isEqualTo(Status.CANCELLED);
    }

    private static Subscription subscription(String status, String cancellationReason) {
        String details = cancellationReason == null ? "null" : "{\"reason\":\"" + cancellationReason + "\"}";
        return ApiResource.GSON.fromJson(StripeWebhooks.subscriptionJson("sub_1", status)
                .replaceFirst("\\{", "{\"cancellation_details\":" + details + ","), Subscription.class);
    }
}

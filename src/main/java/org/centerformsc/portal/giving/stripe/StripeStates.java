package org.centerformsc.portal.giving.stripe;

import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.SubscriptionState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Stripe's subscription as the portal's {@link SubscriptionState}. */
final class StripeStates {

    private StripeStates() {
    }

    static SubscriptionState of(Subscription subscription, Money knownAmount) {
        SubscriptionItem item = subscription.getItems() == null || subscription.getItems().getData().isEmpty() ? null
                : subscription.getItems().getData().get(0);
        Money amount = item != null && item.getPrice() != null && item.getPrice().getUnitAmount() != null
                ? new Money(item.getPrice().getUnitAmount(), item.getPrice().getCurrency().toUpperCase(Locale.ROOT))
                : knownAmount;
        if ("unpaid".equals(subscription.getStatus()) || "canceled".equals(subscription.getStatus())
                && subscription.getCancellationDetails() != null
                && "payment_failed".equals(subscription.getCancellationDetails().getReason())) {
            // Stripe gave up after its last retry (docs/decisions/017)
            return new SubscriptionState(subscription.getId(), amount, SubscriptionState.Status.LAPSED, null, null);
        }
        if ("canceled".equals(subscription.getStatus())) {
            return new SubscriptionState(subscription.getId(), amount, SubscriptionState.Status.CANCELLED, null, null);
        }
        Long trialEnd = subscription.getTrialEnd();
        Long periodEnd = item == null ? null : item.getCurrentPeriodEnd();
        LocalDate next = day(trialEnd != null && trialEnd > Instant.now().getEpochSecond() ? trialEnd : periodEnd);
        if (subscription.getPauseCollection() != null) {
            return new SubscriptionState(subscription.getId(), amount, SubscriptionState.Status.PAUSED, next,
                    day(subscription.getPauseCollection().getResumesAt()));
        }
        return new SubscriptionState(subscription.getId(), amount, SubscriptionState.Status.ACTIVE, next, null);
    }

    private static LocalDate day(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC).toLocalDate();
    }
}

package org.centerformsc.portal.giving;

import java.time.LocalDate;

/**
 * A recurring gift as its donor sees it. {@code paymentFailed}: the last charge did not go through, and the provider
 * retries on {@code nextRetryOn} (null: no more tries); {@code restartable}: it lapsed and no gift like it has
 * started since.
 */
public record RecurringGiftView(long id, Money amount, Frequency frequency, Designation designation, String campaign,
                                SubscriptionState.Status status, LocalDate nextChargeOn, LocalDate pausedUntil,
                                boolean paymentFailed, LocalDate nextRetryOn, boolean restartable) {
}

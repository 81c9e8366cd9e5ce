package org.centerformsc.portal.giving;

import java.time.LocalDate;

/** A recurring gift as its donor sees it. */
public record RecurringGiftView(long id, Money amount, Frequency frequency, Designation designation, String campaign,
                                SubscriptionState.Status status, LocalDate nextChargeOn, LocalDate pausedUntil) {
}

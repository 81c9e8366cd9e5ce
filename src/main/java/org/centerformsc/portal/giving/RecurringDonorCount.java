package org.centerformsc.portal.giving;

/** Recurring gifts in one state and the donors who hold them. */
public record RecurringDonorCount(SubscriptionState.Status status, long recurringGifts, long donors) {
}

package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A charge of a recurring gift failed at the provider, as reported at {@code reportedAt}; it retries on
 * {@code nextRetryOn} (null: no more tries). Published inside the transaction that records the failure.
 */
public record RecurringPaymentFailed(long recurringGiftId, MemberId member, Money amount, Frequency frequency,
                                     LocalDate nextRetryOn, Instant reportedAt) {
}

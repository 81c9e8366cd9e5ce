package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;

/** A charge of a recurring gift failed at the provider; it retries on {@code nextRetryOn} (null: no more tries). */
public record RecurringPaymentFailed(long recurringGiftId, MemberId member, Money amount, Frequency frequency,
                                     LocalDate nextRetryOn) {
}

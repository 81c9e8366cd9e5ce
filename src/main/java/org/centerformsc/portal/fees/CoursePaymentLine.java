package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.OfferingId;

import java.time.Instant;

/** One of the member's course payments, for their dashboard: paid, or paid and given back. */
public record CoursePaymentLine(long id, OfferingId offering, String currency, long amountMinor,
                                PriceReason reason, boolean refunded, Instant paidAt, long scholarshipMinor) {
}

package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/**
 * A course payment of {@code amount} went back in full because its offering was cancelled. Published inside the
 * refund's transaction.
 */
public record CourseFeeRefunded(long paymentId, MemberId member, OfferingId offering, Money amount, Instant at) {
}

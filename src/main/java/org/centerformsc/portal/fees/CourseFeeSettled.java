package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/**
 * A course payment of {@code amount} was settled at {@code at}: the seat is the member's ({@code seated}), or there
 * was none and all of it went back. Published inside the settlement's transaction.
 */
public record CourseFeeSettled(long paymentId, MemberId member, OfferingId offering, Money amount, boolean seated,
                               Instant at) {
}

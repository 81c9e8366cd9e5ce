package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/**
 * The first in line got a freed seat: theirs at once, or held until {@code payUntil} when the course has a price.
 * Published inside the transaction that freed the seat.
 */
public record PlacePromoted(OfferingId offering, MemberId member, Instant payUntil, Instant at) {
}

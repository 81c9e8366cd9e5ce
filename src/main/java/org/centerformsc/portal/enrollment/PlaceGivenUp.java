package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/** A member withdrew from an offering themselves, at {@code at}; published in the withdrawal's transaction. */
public record PlaceGivenUp(OfferingId offering, MemberId member, Instant at) {
}

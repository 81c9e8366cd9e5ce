package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/**
 * A member took a place in an offering: a seat, a seat held while they pay (until {@code holdUntil}) or a place in
 * line ({@code waitlistPosition}). Published inside the seat turn's transaction, so that what listens to it commits
 * with it.
 */
public record PlaceTaken(OfferingId offering, MemberId member, EnrollmentStatus status, int waitlistPosition,
                         Instant holdUntil, Instant at) {
}

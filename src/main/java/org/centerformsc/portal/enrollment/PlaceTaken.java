package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/**
 * A member took a place in {@code course}: a seat (asked for, or paid for after it was held), a seat held while they
 * pay (until {@code holdUntil}) or a place in line ({@code waitlistPosition}). Published inside the seat turn's
 * transaction, so that what listens to it commits with it; the course comes along so that listeners read nothing
 * more while the turn holds its lock.
 */
public record PlaceTaken(OfferingCard course, MemberId member, EnrollmentStatus status, int waitlistPosition,
                         Instant holdUntil, Instant at) {

    public OfferingId offering() {
        return course.id();
    }
}

package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.member.MemberId;

/**
 * A member holding a seat or waiting for one, as staff see them on an offering's seats page.
 * {@code waitlistPosition} is 1 for the first in line and 0 when enrolled.
 */
public record SeatHolder(MemberId member, String name, String email, EnrollmentStatus status, int waitlistPosition) {
}

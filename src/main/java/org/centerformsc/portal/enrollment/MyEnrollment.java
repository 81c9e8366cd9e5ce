package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;

import java.time.Instant;

/**
 * The signed-in member's place in one offering. {@code waitlistPosition} is 1 for the first in line and 0 when
 * seated; {@code priceDueMinor} is in minor units of {@code currency}; {@code holdExpiresAt} is set while a paid
 * seat is held for the member to pay.
 */
public record MyEnrollment(OfferingId offeringId, EnrollmentStatus status, int waitlistPosition, String currency,
                           long priceDueMinor, Instant requestedAt, Instant holdExpiresAt) {
}

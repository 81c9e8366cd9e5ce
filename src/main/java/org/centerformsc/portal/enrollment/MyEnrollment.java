package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;

import java.time.Instant;

/**
 * The signed-in member's place in one offering. {@code waitlistPosition} is 1 for the first in line and 0 when
 * enrolled; {@code priceDueMinor} is in minor units of {@code currency}.
 */
public record MyEnrollment(OfferingId offeringId, EnrollmentStatus status, int waitlistPosition, String currency,
                           long priceDueMinor, Instant requestedAt) {
}

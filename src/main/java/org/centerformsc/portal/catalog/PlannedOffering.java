package org.centerformsc.portal.catalog;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Where a planned offering stands, for staff's approval queue and the teacher's list of proposals: its state
 * (DRAFT, AWAITING_APPROVAL, PUBLISHED, COMPLETED, CANCELLED), who proposed it, staff's note, the cancel reason.
 */
public record PlannedOffering(OfferingId id, String code, String title, String programName, String status,
                              Instant firstSessionStart, ZoneId zone, String proposedBy, String reviewNote,
                              String cancelReason, boolean priceLocked) {
}

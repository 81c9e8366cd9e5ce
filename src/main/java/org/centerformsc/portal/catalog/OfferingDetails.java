package org.centerformsc.portal.catalog;

import java.util.List;

/**
 * An offering with its full session schedule, for the offering page and calendars; a cancelled one with the reason
 * its members were given.
 */
public record OfferingDetails(OfferingCard card, String programSummary, List<SessionTime> sessions,
                              String cancelReason) {
}

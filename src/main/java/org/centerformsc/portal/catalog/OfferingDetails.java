package org.centerformsc.portal.catalog;

import java.util.List;

/** An offering with its full session schedule, for the offering page and calendars. */
public record OfferingDetails(OfferingCard card, String programSummary, List<SessionTime> sessions) {
}

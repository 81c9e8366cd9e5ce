package org.centerformsc.portal.catalog;

import java.util.List;

/** The sessions of a published offering changed; its members are told the new schedule. */
public record OfferingRescheduled(OfferingId offering, String title, java.time.ZoneId zone, List<SessionTime> sessions) {
}

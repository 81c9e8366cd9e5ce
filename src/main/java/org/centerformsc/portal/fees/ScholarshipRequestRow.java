package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.OfferingId;

import java.time.Instant;
import java.time.ZoneId;

/** A request in staff's queue: who asks, for which course at what standard price, and why. */
public record ScholarshipRequestRow(long id, String memberName, String memberEmail, OfferingId offering,
                                    String offeringCode, String offeringTitle, ZoneId zone, Instant firstSession,
                                    String currency, long standardMinor, String reason, Instant requestedAt) {
}

package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/**
 * Published in the transaction where staff approve or decline a member's application for an offering; a declined
 * one carries the reason the member reads.
 */
public record ApplicationDecided(OfferingId offering, MemberId member, boolean approved, String reason, Instant at) {
}

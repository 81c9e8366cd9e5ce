package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;
import java.util.List;

/**
 * Staff cancelled an offering (with their reason; every place is released) or moved its sessions (the new ones):
 * the members who held a place there, published inside the change's transaction so they are told exactly when it
 * commits.
 */
public record OfferingNews(Kind kind, OfferingId offering, String title, String reason, List<SessionTime> sessions,
                           List<MemberId> members, Instant at) {

    public enum Kind { CANCELLED, RESCHEDULED }
}

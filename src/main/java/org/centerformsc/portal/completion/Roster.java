package org.centerformsc.portal.completion;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.member.MemberId;

import java.util.List;

/** An offering's participants with their attendance per session and whether they completed. */
public record Roster(OfferingCard offering, List<SessionTime> sessions, List<Row> rows) {

    /** {@code present} has one entry per session: true, false, or null when not marked yet. */
    public record Row(MemberId member, String name, List<Boolean> present, boolean completed) {
    }
}

package org.centerformsc.portal.member;

import java.time.ZoneId;

/**
 * Published in the transaction in which a member chose their own time zone; {@code zone} is null when they cleared
 * it (times then show in their browser's zone, and what the portal does at a local time of theirs goes by UTC).
 */
public record TimeZoneChosen(MemberId member, ZoneId zone) {
}

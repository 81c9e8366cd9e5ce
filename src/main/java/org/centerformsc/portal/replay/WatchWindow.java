package org.centerformsc.portal.replay;

import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/** Until when a member may watch a replay: the latest end of every window that applies to them (docs/decisions/007). */
public record WatchWindow(ReplayId replay, String title, MemberId member, Instant until) {
}

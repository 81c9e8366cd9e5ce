package org.centerformsc.portal.replay;

import java.util.List;

/** The signed-in member's replays newest first, and those they started and have not finished, latest first. */
public record MyReplays(List<ReplayCard> all, List<ReplayCard> continueWatching) {
}

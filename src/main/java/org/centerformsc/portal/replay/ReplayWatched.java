package org.centerformsc.portal.replay;

import java.time.Instant;

/** A replay a member opened: how far they watched it, and when they last did. */
public record ReplayWatched(ReplayId id, String title, int positionSeconds, int durationSeconds, Instant lastWatchedAt) {
}

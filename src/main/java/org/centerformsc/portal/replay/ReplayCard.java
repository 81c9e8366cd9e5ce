package org.centerformsc.portal.replay;

import java.time.Instant;

/** A replay in the member's list: what it is, their access, and how far they watched. */
public record ReplayCard(ReplayId id, String title, Instant recordedAt, int durationSeconds, Access access,
                         int positionSeconds) {

    public int percentWatched() {
        return Math.min(100, positionSeconds * 100 / durationSeconds);
    }
}

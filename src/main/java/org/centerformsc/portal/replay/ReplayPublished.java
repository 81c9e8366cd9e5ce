package org.centerformsc.portal.replay;

import java.time.Instant;

/** Published in the transaction where staff publish a replay. */
public record ReplayPublished(ReplayId replay, String title, Instant at) {
}

package org.centerformsc.portal.privacy;

import java.time.Instant;

/** One account deletion as staff see it: no personal data, only the anonymised row's id and what was touched. */
public record ErasureEntry(long id, long memberId, Instant erasedAt, String holders, String rowCounts) {
}

package org.centerformsc.portal.eligibility;

import java.time.Instant;

public record AuditLine(long completionId, Instant changedAt, String changedBy, String before, String after) {
}

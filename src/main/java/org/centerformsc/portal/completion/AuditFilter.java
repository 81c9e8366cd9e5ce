package org.centerformsc.portal.completion;

import java.time.Instant;

/**
 * Which completion changes staff look for. Every part is optional: {@code member} is part of a name or e-mail
 * address, {@code programCode} one program, {@code from} (inclusive) and {@code until} (exclusive) a time range.
 */
public record AuditFilter(String member, String programCode, Instant from, Instant until) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }

    public boolean namesMember() {
        return member != null && !member.isBlank();
    }
}

package org.centerformsc.portal.catalog;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a member who withdraws gets back of a course fee: all of it, less {@code feeMinor}, until
 * {@code daysBefore} days before the first session (counted in the event's zone); nothing after that, and nothing
 * at all when {@code daysBefore} is null. A cancelled offering refunds in full whatever its policy.
 */
public record RefundPolicy(Integer daysBefore, long feeMinor) {

    public static final RefundPolicy NONE = new RefundPolicy(null, 0);

    public RefundPolicy {
        if (daysBefore != null && (daysBefore < 0 || daysBefore > 365)) {
            throw new IllegalArgumentException("days before the start must be between 0 and 365");
        }
        if (feeMinor < 0) {
            throw new IllegalArgumentException("a fee cannot be negative");
        }
    }

    /** The last instant a full refund (less the fee) is given, or null when there are no refunds. */
    public Instant deadline(Instant firstSession, ZoneId zone) {
        return daysBefore == null ? null : firstSession.atZone(zone).minusDays(daysBefore).toInstant();
    }

    /** What goes back of {@code paidMinor} when the member withdraws {@code now}. */
    public long refundMinor(long paidMinor, Instant firstSession, ZoneId zone, Instant now) {
        Instant deadline = deadline(firstSession, zone);
        return deadline != null && now.isBefore(deadline) ? Math.max(0, paidMinor - feeMinor) : 0;
    }
}

package org.centerformsc.portal.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a staff report covers, both included, as staff read them in their zone. Stored instants are UTC wall
 * time, so {@link #startUtc()} and {@link #endUtc()} (exclusive) are what SQL compares with; months are counted in
 * the zone's offset at the period's start (docs/decisions/023).
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends on " + to + ", before it starts on " + from);
        }
    }

    /** The period of these days, or empty when a day is missing or the end comes before the start. */
    public static Optional<ReportPeriod> of(LocalDate from, LocalDate to, ZoneId zone) {
        return from == null || to == null || to.isBefore(from) ? Optional.empty()
                : Optional.of(new ReportPeriod(from, to, zone));
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDateTime startUtc() {
        return LocalDateTime.ofInstant(start(), ZoneOffset.UTC);
    }

    public LocalDateTime endUtc() {
        return LocalDateTime.ofInstant(end(), ZoneOffset.UTC);
    }

    /** Minutes to add to a UTC wall time to read it in the period's zone (its offset when the period starts). */
    public int offsetMinutes() {
        return zone.getRules().getOffset(start()).getTotalSeconds() / 60;
    }
}

package org.centerformsc.portal.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A member's daily practice reminder: a local time in a zone, and the next moment it is due. The moment is always
 * computed from the local time in the zone, day by day, so a daylight-saving change keeps the local time.
 */
@Entity
@Table(name = "practice_reminder")
public class PracticeReminder {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "remind_at", nullable = false, columnDefinition = "time")
    @jakarta.persistence.Convert(converter = WallClockTime.class)
    private LocalTime remindAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "next_at", nullable = false)
    private Instant nextAt;

    protected PracticeReminder() {
    }

    public PracticeReminder(long memberId, LocalTime at, ZoneId zone, Instant now) {
        this.memberId = memberId;
        remindAt(at, zone, now);
    }

    /** The reminder at another local time or in another zone: next due at that time's next coming. */
    public void remindAt(LocalTime at, ZoneId zone, Instant now) {
        this.remindAt = at.truncatedTo(ChronoUnit.MINUTES);
        this.timeZone = zone.getId();
        this.nextAt = nextAfter(remindAt, zone, now);
    }

    /**
     * The first moment after {@code after} when it is {@code at} in {@code zone}. A local time the clocks skip
     * (02:30 on the night they spring forward) comes as late as the skip (03:30); one they pass twice comes the
     * first time only.
     */
    public static Instant nextAfter(LocalTime at, ZoneId zone, Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant today = ZonedDateTime.of(day, at, zone).toInstant();
        return today.isAfter(after) ? today : ZonedDateTime.of(day.plusDays(1), at, zone).toInstant();
    }

    /** The member's own day of a moment: what one reminder a day is counted by. */
    public static LocalDate dayOf(Instant moment, ZoneId zone) {
        return moment.atZone(zone).toLocalDate();
    }

    public long getMemberId() {
        return memberId;
    }

    public LocalTime getRemindAt() {
        return remindAt;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public Instant getNextAt() {
        return nextAt;
    }
}

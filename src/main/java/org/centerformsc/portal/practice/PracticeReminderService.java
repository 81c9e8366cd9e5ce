package org.centerformsc.portal.practice;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.practice.domain.PracticeReminder;
import org.centerformsc.portal.practice.domain.PracticeReminderRepository;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily practice reminder a member may turn on: at a local time of their chosen zone (UTC while they have
 * none). When they choose another zone, the next reminder comes at that local time in the new one. Off by default.
 */
@Service
public class PracticeReminderService {

    /** A reminder this late (the portal was down) is no longer sent: the next day's comes as usual. */
    private static final Duration TOO_LATE = Duration.ofHours(3);
    private static final ZoneId NO_ZONE_CHOSEN = ZoneId.of("UTC");

    private final PracticeReminderRepository reminders;
    private final MemberService members;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeReminderService(PracticeReminderRepository reminders, MemberService members, JdbcTemplate jdbc,
                            ApplicationEventPublisher events, Clock clock) {
        this.reminders = reminders;
        this.members = members;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PracticeReminderSetting myReminder() {
        return reminders.findById(members.currentMemberId().value())
                .map(reminder -> new PracticeReminderSetting(true, reminder.getRemindAt(), reminder.getZone()))
                .orElseGet(() -> new PracticeReminderSetting(false, null, myZone()));
    }

    /** Turns the member's reminder on at {@code at}, their local time, or off; on without a time is refused. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PracticeReminderSetting remindMe(boolean on, LocalTime at) {
        long member = members.currentMemberId().value();
        if (!on) {
            reminders.deleteById(member);
            return new PracticeReminderSetting(false, null, myZone());
        }
        if (at == null) {
            throw new PracticeInputRefused("practice.reminder.refused.time");
        }
        ZoneId zone = myZone();
        reminders.findById(member).ifPresentOrElse(reminder -> reminder.remindAt(at, zone, clock.instant()),
                () -> reminders.save(new PracticeReminder(member, at, zone, clock.instant())));
        return myReminder();
    }

    /** The member chose another zone (null: none): their reminder keeps its local time, now in that zone. */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void followZone(MemberId member, ZoneId zone) {
        reminders.findById(member.value()).ifPresent(reminder -> reminder.remindAt(reminder.getRemindAt(),
                zone == null ? NO_ZONE_CHOSEN : zone, clock.instant()));
    }

    /**
     * One batch of the reminders due at {@code asOf}, oldest first: each is told ({@link PracticeRemindersDue}, one event for the batch) unless
     * it is {@link #TOO_LATE}, and moves to its next day's local time. How many were due; fewer than {@code limit}
     * when none are left. A second node skips the rows this one holds.
     */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public int remindDue(Instant asOf, int limit) {
        List<Due> due = jdbc.query("""
                SELECT member_id, remind_at, time_zone, next_at FROM practice_reminder
                WHERE next_at <= ? ORDER BY next_at LIMIT ? FOR UPDATE SKIP LOCKED""",
                (row, n) -> new Due(row.getLong("member_id"), row.getObject("remind_at", LocalTime.class),
                        ZoneId.of(row.getString("time_zone")),
                        row.getObject("next_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                utc(asOf), limit);
        List<Object[]> moves = new ArrayList<>(due.size());
        List<PracticeRemindersDue.Due> told = new ArrayList<>(due.size());
        for (Due reminder : due) {
            if (!reminder.at().isBefore(asOf.minus(TOO_LATE))) {
                told.add(new PracticeRemindersDue.Due(new MemberId(reminder.member()),
                        PracticeReminder.dayOf(reminder.at(), reminder.zone())));
            }
            moves.add(new Object[] {utc(PracticeReminder.nextAfter(reminder.localTime(), reminder.zone(), asOf)),
                    reminder.member()});
        }
        if (!told.isEmpty()) {
            events.publishEvent(new PracticeRemindersDue(told));
        }
        jdbc.batchUpdate("UPDATE practice_reminder SET next_at = ? WHERE member_id = ?", moves);
        return due.size();
    }

    private ZoneId myZone() {
        return members.preferredZone().orElse(NO_ZONE_CHOSEN);
    }

    /** DATETIME(6) holds UTC, as Hibernate writes it (hibernate.jdbc.time_zone), whatever the JVM's zone. */
    private static LocalDateTime utc(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }

    private record Due(long member, LocalTime localTime, ZoneId zone, Instant at) {
    }
}

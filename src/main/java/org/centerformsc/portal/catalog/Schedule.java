package org.centerformsc.portal.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How staff describe an offering's sessions: one session, weekly, daily, or a custom list, always in the event's own
 * zone (a Tuesday 9:00 Pacific stays 9:00 Pacific across daylight-saving changes). {@link #plan(ZoneId)} turns it
 * into sessions with their instants, flags those on a daylight-saving change, and refuses what cannot be a
 * schedule with a {@link ScheduleRefused} naming the session or field that is wrong.
 */
public sealed interface Schedule {

    int MAX_SESSIONS = 100;
    int MAX_WEEKS = 52;
    int MAX_DAYS = 60;

    /** The sessions in the event's local time, before they are placed on the time line. */
    List<LocalSession> localSessions();

    /** The sessions, in order, each with its instants in the zone and whether it falls on a daylight-saving change. */
    default List<PlannedSession> plan(ZoneId zone) {
        List<LocalSession> local = localSessions();
        if (local.isEmpty()) {
            throw new ScheduleRefused("sessions", -1, "schedule.refused.empty");
        }
        if (local.size() > MAX_SESSIONS) {
            throw new ScheduleRefused("sessions", -1, "schedule.refused.toomany");
        }
        List<PlannedSession> planned = new ArrayList<>();
        for (int i = 0; i < local.size(); i++) {
            LocalSession session = local.get(i);
            if (session.day() == null || session.start() == null || session.end() == null) {
                throw new ScheduleRefused("sessions", i, "schedule.refused.incomplete");
            }
            if (!session.end().isAfter(session.start())) {
                throw new ScheduleRefused("sessions", i, "schedule.refused.endbeforestart");
            }
            planned.add(PlannedSession.of(session, zone));
        }
        planned.sort(Comparator.comparing(PlannedSession::startsAt));
        for (int i = 1; i < planned.size(); i++) {
            if (planned.get(i).startsAt().isBefore(planned.get(i - 1).endsAt())) {
                throw new ScheduleRefused("sessions", local.indexOf(planned.get(i).local()), "schedule.refused.overlap");
            }
        }
        return planned;
    }

    /** One session on one day. */
    record Once(LocalDate day, LocalTime start, LocalTime end) implements Schedule {
        @Override
        public List<LocalSession> localSessions() {
            return List.of(new LocalSession(day, start, end));
        }
    }

    /**
     * The same hours on one weekday for {@code weeks} weeks, starting on the first such weekday on or after
     * {@code from}.
     */
    record Weekly(LocalDate from, DayOfWeek weekday, int weeks, LocalTime start, LocalTime end) implements Schedule {
        @Override
        public List<LocalSession> localSessions() {
            if (from == null || weekday == null) {
                throw new ScheduleRefused("from", -1, "schedule.refused.from");
            }
            if (weeks < 1 || weeks > MAX_WEEKS) {
                throw new ScheduleRefused("weeks", -1, "schedule.refused.weeks");
            }
            LocalDate first = from.with(TemporalAdjusters.nextOrSame(weekday));
            List<LocalSession> sessions = new ArrayList<>();
            for (int week = 0; week < weeks; week++) {
                sessions.add(new LocalSession(first.plusWeeks(week), start, end));
            }
            return sessions;
        }
    }

    /** The same hours every day from {@code from} to {@code to}, both included (a retreat, an intensive). */
    record Daily(LocalDate from, LocalDate to, LocalTime start, LocalTime end) implements Schedule {
        @Override
        public List<LocalSession> localSessions() {
            if (from == null || to == null || to.isBefore(from)) {
                throw new ScheduleRefused("to", -1, "schedule.refused.days");
            }
            if (from.plusDays(MAX_DAYS).isBefore(to)) {
                throw new ScheduleRefused("to", -1, "schedule.refused.toolong");
            }
            return from.datesUntil(to.plusDays(1)).map(day -> new LocalSession(day, start, end)).toList();
        }
    }

    /** Any list of sessions, e.g. a retreat whose last day ends at noon. */
    record Custom(List<LocalSession> sessions) implements Schedule {
        public Custom {
            sessions = List.copyOf(sessions);
        }

        @Override
        public List<LocalSession> localSessions() {
            return sessions;
        }
    }

    /** A session as staff type it: a day and its hours in the event's zone, within that day. */
    record LocalSession(LocalDate day, LocalTime start, LocalTime end) {
    }

    /**
     * A session placed on the time line. {@code daylightSavingChange}: the zone changes its offset on that day, so
     * people elsewhere see it an hour earlier or later than the week before, or its local time does not exist or
     * exists twice (then the instant is the one Java picks: the later offset for a gap, the earlier for an overlap).
     */
    record PlannedSession(LocalSession local, java.time.Instant startsAt, java.time.Instant endsAt,
                          boolean daylightSavingChange) {

        static PlannedSession of(LocalSession session, ZoneId zone) {
            LocalDateTime start = session.day().atTime(session.start());
            LocalDateTime end = session.day().atTime(session.end());
            ZoneRules rules = zone.getRules();
            return new PlannedSession(session, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(),
                    changesOn(rules, session.day()));
        }

        private static boolean changesOn(ZoneRules rules, LocalDate day) {
            java.time.Instant dayStart = day.atStartOfDay().atOffset(rules.getOffset(day.atStartOfDay())).toInstant();
            java.time.zone.ZoneOffsetTransition next = rules.nextTransition(dayStart.minusSeconds(1));
            return next != null && next.getInstant().isBefore(dayStart.plus(Duration.ofDays(1)));
        }

        public SessionTime time() {
            return new SessionTime(startsAt, endsAt);
        }
    }
}

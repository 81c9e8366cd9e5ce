package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.catalog.SessionTime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Session times written the way the newsletter states them: local dates and wall-clock times in a zone. */
final class Schedule {

    private Schedule() {
    }

    static List<SessionTime> weekly(LocalDate first, LocalDate last, LocalTime start, LocalTime end, ZoneId zone) {
        return every(7, first, last, start, end, zone);
    }

    static List<SessionTime> daily(LocalDate first, LocalDate last, LocalTime start, LocalTime end, ZoneId zone) {
        return every(1, first, last, start, end, zone);
    }

    static List<SessionTime> once(LocalDate day, LocalTime start, LocalTime end, ZoneId zone) {
        return every(1, day, day, start, end, zone);
    }

    /** Each session is converted to an instant in its own zone, so a daylight-saving change mid-course is right. */
    private static List<SessionTime> every(int days, LocalDate first, LocalDate last, LocalTime start, LocalTime end,
                                           ZoneId zone) {
        List<SessionTime> sessions = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(days)) {
            sessions.add(new SessionTime(day.atTime(start).atZone(zone).toInstant(),
                    day.atTime(end).atZone(zone).toInstant()));
        }
        return sessions;
    }
}

package org.centerformsc.portal.catalog;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedule builder: sessions keep their local hours in the event's zone, whatever the offset does. */
class ScheduleTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);

    @Test
    void eightTuesdaysAtNinePacificKeepTheirHourAcrossTheSpringChange() {
        // March 2027: the US moves its clocks on Sunday the 14th, the Netherlands on Sunday the 28th
        List<Schedule.PlannedSession> sessions = new Schedule.Weekly(LocalDate.of(2027, 3, 1), DayOfWeek.TUESDAY, 8,
                NINE, ELEVEN).plan(PACIFIC);

        assertThat(sessions).hasSize(8);
        assertThat(sessions.get(0).local().day()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(sessions.get(7).local().day()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(sessions).allSatisfy(s -> assertThat(s.startsAt().atZone(PACIFIC).toLocalTime()).isEqualTo(NINE));
        assertThat(sessions.get(0).startsAt()).isEqualTo(Instant.parse("2027-03-02T17:00:00Z"));
        assertThat(sessions.get(2).startsAt()).isEqualTo(Instant.parse("2027-03-16T16:00:00Z"));
        // what a browser in Amsterdam sees: 18:00, then 17:00 while only America has moved, then 18:00 again
        assertThat(sessions.stream().map(s -> s.startsAt().atZone(AMSTERDAM).toLocalTime().getHour()).toList())
                .containsExactly(18, 18, 17, 17, 18, 18, 18, 18);
        assertThat(sessions).noneMatch(Schedule.PlannedSession::daylightSavingChange);
    }

    @Test
    void aDailyScheduleFlagsTheDayTheClocksChange() {
        List<Schedule.PlannedSession> sessions = new Schedule.Daily(LocalDate.of(2027, 3, 13),
                LocalDate.of(2027, 3, 15), NINE, ELEVEN).plan(PACIFIC);

        assertThat(sessions).extracting(Schedule.PlannedSession::daylightSavingChange)
                .containsExactly(false, true, false);
    }

    @Test
    void aSessionInTheHourThatDoesNotExistIsFlaggedAndMovedForward() {
        Schedule.PlannedSession session = new Schedule.Once(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30),
                LocalTime.of(4, 0)).plan(PACIFIC).get(0);

        assertThat(session.daylightSavingChange()).isTrue();
        assertThat(session.startsAt().atZone(PACIFIC).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void theAutumnChangeIsFlaggedToo() {
        assertThat(new Schedule.Once(LocalDate.of(2027, 10, 31), NINE, ELEVEN).plan(AMSTERDAM).get(0)
                .daylightSavingChange()).isTrue();
        assertThat(new Schedule.Once(LocalDate.of(2027, 11, 1), NINE, ELEVEN).plan(AMSTERDAM).get(0)
                .daylightSavingChange()).isFalse();
    }

    @Test
    void aCustomListIsPlacedInOrder() {
        List<Schedule.PlannedSession> sessions = new Schedule.Custom(List.of(
                new Schedule.LocalSession(LocalDate.of(2027, 4, 16), NINE, LocalTime.NOON),
                new Schedule.LocalSession(LocalDate.of(2027, 4, 15), NINE, LocalTime.of(14, 0)))).plan(PACIFIC);

        assertThat(sessions).extracting(s -> s.local().day())
                .containsExactly(LocalDate.of(2027, 4, 15), LocalDate.of(2027, 4, 16));
    }

    @Test
    void badSchedulesNameWhatIsWrong() {
        LocalDate day = LocalDate.of(2027, 5, 5);
        refused(new Schedule.Once(day, ELEVEN, NINE), "sessions", 0, "schedule.refused.endbeforestart");
        refused(new Schedule.Custom(List.of(new Schedule.LocalSession(day, NINE, ELEVEN),
                new Schedule.LocalSession(day, LocalTime.of(10, 0), LocalTime.NOON))), "sessions", 1,
                "schedule.refused.overlap");
        refused(new Schedule.Custom(List.of(new Schedule.LocalSession(day, NINE, ELEVEN),
                new Schedule.LocalSession(day.plusDays(1), null, ELEVEN))), "sessions", 1,
                "schedule.refused.incomplete");
        refused(new Schedule.Custom(List.of()), "sessions", -1, "schedule.refused.empty");
        refused(new Schedule.Weekly(day, DayOfWeek.MONDAY, 0, NINE, ELEVEN), "weeks", -1, "schedule.refused.weeks");
        refused(new Schedule.Weekly(day, DayOfWeek.MONDAY, 53, NINE, ELEVEN), "weeks", -1, "schedule.refused.weeks");
        refused(new Schedule.Daily(day, day.minusDays(1), NINE, ELEVEN), "to", -1, "schedule.refused.days");
        refused(new Schedule.Daily(day, day.plusDays(61), NINE, ELEVEN), "to", -1, "schedule.refused.toolong");
    }

    private static void refused(Schedule schedule, String field, int session, String key) {
        assertThatThrownBy(() -> schedule.plan(PACIFIC)).isInstanceOfSatisfying(ScheduleRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.session()).isEqualTo(session);
        });
    }
}

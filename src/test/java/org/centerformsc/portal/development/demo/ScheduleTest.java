package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.catalog.SessionTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    @Test
    void weeklySessionsKeepTheirWallClockTimeAcrossTheDaylightSavingChange() {
        // SCHC: Wednesdays Feb 25 - Apr 1 2026, 9-10 am PT; US clocks moved forward on Mar 8
        List<SessionTime> sessions = Schedule.weekly(LocalDate.of(2026, 2, 25), LocalDate.of(2026, 4, 1),
                LocalTime.of(9, 0), LocalTime.of(10, 0), DemoCatalog.PACIFIC);

        assertThat(sessions).hasSize(6);
        assertThat(sessions.get(0).startsAt()).isEqualTo(Instant.parse("2026-02-25T17:00:00Z"));
        assertThat(sessions.get(1).startsAt()).isEqualTo(Instant.parse("2026-03-04T17:00:00Z"));
        assertThat(sessions.get(2).startsAt()).isEqualTo(Instant.parse("2026-03-11T16:00:00Z"));
        assertThat(sessions.get(5).endsAt()).isEqualTo(Instant.parse("2026-04-01T17:00:00Z"));
    }

    @Test
    void teacherTrainingLott28HasTwelveTuesdays() {
        List<SessionTime> sessions = Schedule.weekly(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 6, 23),
                LocalTime.of(8, 0), LocalTime.of(11, 0), DemoCatalog.PACIFIC);

        assertThat(sessions).hasSize(12);
        assertThat(sessions.get(0).startsAt()).isEqualTo(Instant.parse("2026-04-07T15:00:00Z"));
    }
}

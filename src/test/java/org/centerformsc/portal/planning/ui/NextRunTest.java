package org.centerformsc.portal.planning.ui;

import org.centerformsc.portal.catalog.OfferingDraft;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.Schedule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NextRunTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    @Test
    void theMarchCohortBecomesTheAprilOneOnTheSameWeekdayAndHours() {
        OfferingDraft next = NextRun.of(march("LOMSC-2027-03"), TODAY);

        List<Schedule.LocalSession> sessions = next.schedule().localSessions();
        assertThat(sessions).hasSize(8);
        assertThat(sessions.get(0).day()).isEqualTo(LocalDate.of(2027, 4, 6));
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.day().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(s.start()).isEqualTo(LocalTime.of(9, 0));
        });
        assertThat(next.code()).isEqualTo("LOMSC-2027-04");
        assertThat(next.earlyBirdUntil()).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(next.registrationOpens()).isEqualTo(TODAY);
        assertThat(next.price()).isEqualByComparingTo("550");
    }

    @Test
    void aCodeWithoutAMonthGetsASuffixToChange() {
        assertThat(NextRun.of(march("SPRING-RETREAT"), TODAY).code()).isEqualTo("SPRING-RETREAT-2");
    }

    private static OfferingDraft march(String code) {
        Schedule weekly = new Schedule.Weekly(LocalDate.of(2027, 3, 1), DayOfWeek.TUESDAY, 8, LocalTime.of(9, 0),
                LocalTime.of(11, 0));
        return new OfferingDraft("LOMSC", code, "Live Online MSC", null, OfferingFormat.ONLINE, null, null, null,
                ZoneId.of("America/Los_Angeles"), "en", 25, List.of(), List.of(), "USD", new BigDecimal("550"),
                new BigDecimal("495"), LocalDate.of(2027, 2, 1), LocalDate.of(2026, 12, 1), null,
                "https://meet.example.org/x", new Schedule.Custom(weekly.localSessions()), 14, null, null, null, false);
    }
}

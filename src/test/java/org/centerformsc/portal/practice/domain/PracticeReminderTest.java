package org.centerformsc.portal.practice.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The next moment of a daily reminder keeps its local time across daylight-saving changes (Europe/Berlin, 2027). */
class PracticeReminderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime HALF_PAST_SEVEN = LocalTime.of(7, 30);

    @Test
    void theMorningAfterTheClocksSpringForwardItIsStillHalfPastSeven() {
        // 07:30 CET on 27 March is 06:30 UTC; the next day, in summer time, 07:30 is 05:30 UTC (23 hours later)
        Instant next = PracticeReminder.nextAfter(HALF_PAST_SEVEN, BERLIN, Instant.parse("2027-03-27T06:30:00Z"));

        assertThat(next).isEqualTo(Instant.parse("2027-03-28T05:30:00Z"));
        assertThat(next.atZone(BERLIN).toLocalTime()).isEqualTo(HALF_PAST_SEVEN);
    }

    @Test
    void theMorningAfterTheClocksFallBackItIsStillHalfPastSeven() {
        // 07:30 CEST on 30 October is 05:30 UTC; the next day, in winter time, 07:30 is 06:30 UTC (25 hours later)
        Instant next = PracticeReminder.nextAfter(HALF_PAST_SEVEN, BERLIN, Instant.parse("2027-10-30T05:30:00Z"));

        assertThat(next).isEqualTo(Instant.parse("2027-10-31T06:30:00Z"));
        assertThat(next.atZone(BERLIN).toLocalTime()).isEqualTo(HALF_PAST_SEVEN);
    }

    @Test
    void beforeTheTimeItIsTodayAndAtTheTimeItIsTomorrow() {
        assertThat(PracticeReminder.nextAfter(HALF_PAST_SEVEN, BERLIN, Instant.parse("2027-03-28T05:29:59Z")))
                .isEqualTo(Instant.parse("2027-03-28T05:30:00Z"));
        assertThat(PracticeReminder.nextAfter(HALF_PAST_SEVEN, BERLIN, Instant.parse("2027-03-28T05:30:00Z")))
                .isEqualTo(Instant.parse("2027-03-29T05:30:00Z"));
    }

    @Test
    void aTimeTheClocksSkipComesAsLateAsTheSkipAndATimeTheyPassTwiceComesOnce() {
        LocalTime halfPastTwo = LocalTime.of(2, 30);
        // 02:30 does not exist on 28 March: the reminder comes at 03:30 summer time
        assertThat(PracticeReminder.nextAfter(halfPastTwo, BERLIN, Instant.parse("2027-03-27T01:30:00Z")))
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        // 02:30 happens twice on 31 October: after the first (00:30 UTC, summer time) the next is on 1 November
        Instant first = PracticeReminder.nextAfter(halfPastTwo, BERLIN, Instant.parse("2027-10-30T12:00:00Z"));
        assertThat(first).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(PracticeReminder.nextAfter(halfPastTwo, BERLIN, first))
                .isEqualTo(Instant.parse("2027-11-01T01:30:00Z"));
    }

    @Test
    void aReminderCountsOnTheMembersOwnDayAndKeepsWholeMinutes() {
        // half past midnight in Berlin is still the evening before in UTC
        assertThat(PracticeReminder.dayOf(Instant.parse("2027-03-27T23:30:00Z"), BERLIN))
                .isEqualTo(LocalDate.of(2027, 3, 28));

        PracticeReminder reminder = new PracticeReminder(1, LocalTime.of(7, 30, 45), BERLIN,
                Instant.parse("2027-03-27T12:00:00Z"));

        assertThat(reminder.getRemindAt()).isEqualTo(HALF_PAST_SEVEN);
        assertThat(reminder.getNextAt()).isEqualTo(Instant.parse("2027-03-28T05:30:00Z"));
    }
}

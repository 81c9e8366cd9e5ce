package org.centerformsc.portal.base.ui;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TimeFormatsTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final Instant START = Instant.parse("2026-02-25T16:00:00Z"); // 8:00 am PST
    private static final Instant END = Instant.parse("2026-02-25T19:00:00Z");

    @Test
    void writesTheSessionInTheGivenZone() {
        assertThat(plain(TimeFormats.sessionRange(START, END, PACIFIC, Locale.US)))
                .isEqualTo("Wed, Feb 25, 2026, 8:00 AM – 11:00 AM PST");
    }

    @Test
    void aSessionCrossingMidnightForTheViewerNamesBothDays() {
        assertThat(plain(TimeFormats.sessionRange(Instant.parse("2026-02-25T22:00:00Z"),
                Instant.parse("2026-02-26T01:00:00Z"), ZoneId.of("Europe/Berlin"), Locale.US)))
                .isEqualTo("Wed, Feb 25, 2026, 11:00 PM – Thu, Feb 26, 2026, 2:00 AM CET");
    }

    @Test
    void theEventsOwnTimeAddsTheDayOnlyWhenItDiffers() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(plain(TimeFormats.sessionInEventZone(START, END, tokyo, PACIFIC, Locale.US)))
                .isEqualTo("Wed, Feb 25, 2026, 8:00 AM – 11:00 AM PST");
        assertThat(plain(TimeFormats.sessionInEventZone(START, END, ZoneId.of("America/Denver"), PACIFIC, Locale.US)))
                .isEqualTo("8:00 AM – 11:00 AM PST");
    }

    @Test
    void daylightSavingTimeIsNamedAsSuch() {
        assertThat(plain(TimeFormats.sessionRange(Instant.parse("2026-04-07T15:00:00Z"),
                Instant.parse("2026-04-07T18:00:00Z"), PACIFIC, Locale.US))).endsWith("8:00 AM – 11:00 AM PDT");
    }

    @Test
    void moneyUsesTheCurrencysOwnPrecisionAndTheMembersLocale() {
        assertThat(plain(TimeFormats.money(129_500, "USD", Locale.US))).isEqualTo("$1,295.00");
        assertThat(plain(TimeFormats.money(49_000, "EUR", Locale.GERMANY))).isEqualTo("490,00 €");
        assertThat(plain(TimeFormats.money(5_000, "JPY", Locale.JAPAN))).isEqualTo("￥5,000");
    }

    /** JDKs differ on narrow vs normal spaces in formatted output; the words are what matters here. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}

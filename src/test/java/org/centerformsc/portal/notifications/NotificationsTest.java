package org.centerformsc.portal.notifications;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Arguments are stored once and read in each reader's language: a phrase of the portal's own with its figure. */
class NotificationsTest {

    private static final Map<String, String> PHRASES = Map.of(
            "percent", "{0,number,integer} % of the fee",
            "off", "{0} off the fee",
            "word", "monthly");

    private final BiFunction<String, Object[], String> translate = (key, values) ->
            new MessageFormat(PHRASES.get(key), Locale.GERMAN).format(values);

    @Test
    void aPhraseIsFilledWithItsArgumentAsTheReaderReadsIt() {
        assertThat(read(Notifications.text("off", Notifications.money(10_000, "USD")))).isEqualTo("100,00 $ off the fee");
        assertThat(read(Notifications.text("percent", "1250"))).isEqualTo("1.250 % of the fee");
        assertThat(read(Notifications.text("word"))).isEqualTo("monthly");
    }

    @Test
    void aPhrasesArgumentMayHoldAColon() {
        assertThat(read(Notifications.text("off", "Course: part 1"))).isEqualTo("Course: part 1 off the fee");
    }

    @Test
    void typedTextThatLooksLikeAnEncodingStaysText() {
        assertThat(read("day: 2 was missing")).isEqualTo("day: 2 was missing");
        assertThat(read("text:no.such.key")).isEqualTo("text:no.such.key");
        assertThat(read(Notifications.text("off", "day: the second"))).isEqualTo("day: the second off the fee");
    }

    @Test
    void anArgumentThatCannotBeReadBackIsShownAsStoredNotAnError() {
        assertThat(read(Notifications.MARK + "day:tomorrow")).isEqualTo("day:tomorrow");
        assertThat(read(Notifications.day(java.time.LocalDate.of(2027, 3, 28)))).isEqualTo("28.03.2027");
    }

    private String read(String argument) {
        return Notifications.readable(argument, Locale.GERMAN, ZoneOffset.UTC, translate).replace('\u00a0', ' ');
    }
}

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

    private String read(String argument) {
        return Notifications.readable(argument, Locale.GERMAN, ZoneOffset.UTC, translate).replace('\u00a0', ' ');
    }
}

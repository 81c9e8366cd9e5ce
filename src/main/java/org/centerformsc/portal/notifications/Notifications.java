package org.centerformsc.portal.notifications;

import org.centerformsc.portal.base.ui.TimeFormats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Arguments that read differently for each reader, stored with a marked prefix and written out in the reader's zone and
 * language when shown or sent: a moment ({@code instant:2027-02-02T17:00:00Z}), a day ({@code day:2027-02-02}), an
 * amount ({@code money:4500 EUR}), a list of sessions ({@code sessions:<start>/<end>,…}, one per line) and a word
 * of the portal's own ({@code text:giving.frequency.monthly}, the translation key's text), also as a phrase with one
 * argument of its own ({@code text:scholarship.mail.amount:money:5000 EUR}: keys hold no colon). Each prefix starts
 * with {@link #MARK}, a control character no typed text holds, so a title or a reason that happens to begin with
 * "day:" stays text; one that cannot be read back is shown as it was stored, never an error.
 */
final class Notifications {

    /** The unit separator (U+001F): what no person types. */
    static final String MARK = "\u001f";
    private static final String INSTANT = MARK + "instant:";
    private static final String DAY = MARK + "day:";
    private static final String MONEY = MARK + "money:";
    private static final String SESSIONS = MARK + "sessions:";
    private static final String TEXT = MARK + "text:";
    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private Notifications() {
    }

    /**
     * A moment as the database stores moments: UTC wall time, as JPA writes them
     * ({@code hibernate.jdbc.time_zone=UTC}), whatever the JVM's zone (a {@code Timestamp} would use that).
     */
    static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static String instant(Instant at) {
        return INSTANT + at;
    }

    static String day(LocalDate day) {
        return DAY + day;
    }

    static String money(long minorUnits, String currency) {
        return MONEY + minorUnits + " " + currency;
    }

    /** A word or phrase of the portal's texts, in the reader's language. */
    static String text(String key) {
        return TEXT + key;
    }

    /**
     * A phrase of the portal's texts with one argument, in the reader's language: the argument is itself one of
     * these encodings (an amount is written as the reader writes money) or a whole number, which stays a number so
     * that the phrase can format it ({@code {0,number,integer} %}).
     */
    static String text(String key, String argument) {
        return TEXT + key + ":" + argument;
    }

    /** Sessions as start and end moments, in order. */
    static String sessions(List<Instant[]> startsAndEnds) {
        return SESSIONS + startsAndEnds.stream().map(times -> times[0] + "/" + times[1])
                .collect(Collectors.joining(","));
    }

    /**
     * The argument as this reader reads it ({@code translate}: a key's text in their language, filled with its
     * arguments); other text as it is.
     */
    static String readable(String argument, Locale language, ZoneId zone,
                           BiFunction<String, Object[], String> translate) {
        if (argument == null || !argument.startsWith(MARK)) {
            return argument;
        }
        try {
            return decode(argument, language, zone, translate);
        } catch (RuntimeException unreadable) {
            LOG.warn("Notification argument not readable, shown as stored: {}", unreadable.getMessage());
            return argument.substring(MARK.length());
        }
    }

    private static String decode(String argument, Locale language, ZoneId zone,
                                 BiFunction<String, Object[], String> translate) {
        if (argument.startsWith(TEXT)) {
            String phrase = argument.substring(TEXT.length());
            int colon = phrase.indexOf(':');
            if (colon < 0) {
                return translate.apply(phrase, new Object[0]);
            }
            String inner = phrase.substring(colon + 1);
            Object value = WHOLE_NUMBER.matcher(inner).matches() ? (Object) Long.valueOf(inner)
                    : decodeOrText(inner, language, zone, translate);
            return translate.apply(phrase.substring(0, colon), new Object[] {value});
        }
        if (argument.startsWith(INSTANT)) {
            return TimeFormats.moment(Instant.parse(argument.substring(INSTANT.length())), zone, language);
        }
        if (argument.startsWith(DAY)) {
            return TimeFormats.day(LocalDate.parse(argument.substring(DAY.length())), language);
        }
        if (argument.startsWith(MONEY)) {
            String[] amount = argument.substring(MONEY.length()).split(" ");
            return TimeFormats.money(Long.parseLong(amount[0]), amount[1], language);
        }
        if (argument.startsWith(SESSIONS)) {
            String list = argument.substring(SESSIONS.length());
            return list.isEmpty() ? "" : java.util.Arrays.stream(list.split(",")).map(session -> {
                String[] times = session.split("/");
                return "– " + TimeFormats.sessionRange(Instant.parse(times[0]), Instant.parse(times[1]), zone,
                        language);
            }).collect(Collectors.joining("\n"));
        }
        return argument.substring(MARK.length());
    }

    private static String decodeOrText(String inner, Locale language, ZoneId zone,
                                       BiFunction<String, Object[], String> translate) {
        return inner.startsWith(MARK) ? decode(inner, language, zone, translate) : inner;
    }
}

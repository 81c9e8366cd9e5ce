package org.centerformsc.portal.base.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates, times and money written the member's way (their locale) in the zone they see times in. */
public final class TimeFormats {

    private TimeFormats() {
    }

    /** "Wed, Feb 24, 2027, 5:00 – 8:00 PM EET" in {@code zone}; the day is repeated when the end is on another. */
    public static String sessionRange(Instant start, Instant end, ZoneId zone, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String day = dayWithWeekday(from, locale);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? time(to, locale)
                : dayWithWeekday(to, locale) + ", " + time(to, locale);
        return day + ", " + time(from, locale) + " – " + until + " " + zoneName(from, locale);
    }

    /** The same session in the event's own zone, shorter: "8:00 – 11:00 AM PST" or with the day if it differs. */
    public static String sessionInEventZone(Instant start, Instant end, ZoneId viewerZone, ZoneId eventZone,
                                            Locale locale) {
        ZonedDateTime from = start.atZone(eventZone);
        ZonedDateTime to = end.atZone(eventZone);
        boolean sameDay = from.toLocalDate().equals(start.atZone(viewerZone).toLocalDate());
        String prefix = sameDay ? "" : dayWithWeekday(from, locale) + ", ";
        return prefix + time(from, locale) + " – " + time(to, locale) + " " + zoneName(from, locale);
    }

    /** "Feb 25 – Apr 1, 2026"-like range of days, or a single day. */
    public static String dayRange(Instant first, Instant last, ZoneId zone, Locale locale) {
        ZonedDateTime from = first.atZone(zone);
        ZonedDateTime to = last.atZone(zone);
        return from.toLocalDate().equals(to.toLocalDate()) ? date(from, locale)
                : date(from, locale) + " – " + date(to, locale);
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return date(instant.atZone(zone), locale);
    }

    /** A calendar day, as {@link #date} writes days (年月日 for Chinese and Japanese). */
    public static String day(java.time.LocalDate day, Locale locale) {
        return dayFormat(locale).format(day);
    }

    /** The formatter behind {@link #day}, for components that take one (date pickers, lists). */
    public static DateTimeFormatter dayFormat(Locale locale) {
        FormatStyle style = ideographic(locale) ? FormatStyle.LONG : FormatStyle.MEDIUM;
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
    }

    /** A month as each language names it: "February 2027", "Februar 2027", "2027年2月". */
    public static String month(java.time.YearMonth month, Locale locale) {
        if (ideographic(locale)) {
            return month.getYear() + "年" + month.getMonthValue() + "月";
        }
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    /** "Feb 2, 2027, 9:00 AM CET": one moment in {@code zone}. */
    public static String moment(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime when = instant.atZone(zone);
        return date(when, locale) + ", " + time(when, locale) + " " + zoneName(when, locale);
    }

    /** Minor units to the currency's own precision: 129500 USD → "$1,295.00" in en-US. */
    public static String money(long minorUnits, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()));
    }

    /**
     * A day as each language writes it: the medium form, but Chinese and Japanese write the year, month and day
     * with their own characters (2027年2月24日) rather than the medium form's slashes.
     */
    private static String date(ZonedDateTime when, Locale locale) {
        return dayFormat(locale).format(when);
    }

    /** "Wed, Feb 24, 2027", "Mi., 24. Feb. 2027", "2027年2月24日(水)": the weekday where each language puts it. */
    private static String dayWithWeekday(ZonedDateTime when, Locale locale) {
        String pattern = switch (locale.getLanguage()) {
            case "de" -> "EEE, d. MMM yyyy";
            case "es" -> "EEE, d MMM yyyy";
            case "fr", "nl", "sv" -> "EEE d MMM yyyy";
            case "ja" -> "yyyy年M月d日(EEE)";
            case "zh" -> "yyyy年M月d日 EEE";
            default -> null;
        };
        return pattern == null ? DateTimeFormatter.ofPattern("EEE", locale).format(when) + ", " + date(when, locale)
                : DateTimeFormatter.ofPattern(pattern, locale).format(when);
    }

    private static boolean ideographic(Locale locale) {
        return locale.getLanguage().equals("ja") || locale.getLanguage().equals("zh");
    }

    private static String time(ZonedDateTime when, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(when);
    }

    private static String zoneName(ZonedDateTime when, Locale locale) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(when);
    }

    /** A zone's name for people: "Pacific Time (America/Los_Angeles)". */
    public static String zoneLabel(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL_STANDALONE, locale) + " (" + zone.getId() + ")";
    }
}

package org.centerformsc.portal.planning.ui;

import org.centerformsc.portal.catalog.OfferingDraft;
import org.centerformsc.portal.catalog.Schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Same course, next month": the form of an offering moved by whole weeks until its first session falls in the
 * next month (weekdays and local hours stay), its early bird moved alike, registration opening today, and a code
 * suggested from the old one (LOMSC-2027-03 becomes LOMSC-2027-04) for staff to check.
 */
final class NextRun {

    private static final Pattern YEAR_MONTH = Pattern.compile("(.*)(\\d{4})-(\\d{2})$");

    private NextRun() {
    }

    static OfferingDraft of(OfferingDraft original, LocalDate today) {
        List<Schedule.LocalSession> sessions = original.schedule().localSessions();
        LocalDate first = sessions.get(0).day();
        long weeks = 4;
        while (first.plusWeeks(weeks).getMonth() == first.getMonth()) {
            weeks++;
        }
        long shift = weeks;
        Schedule moved = new Schedule.Custom(sessions.stream()
                .map(s -> new Schedule.LocalSession(s.day().plusWeeks(shift), s.start(), s.end())).toList());
        LocalDate newFirst = first.plusWeeks(shift);
        return new OfferingDraft(original.programCode(), nextCode(original.code(), newFirst), original.title(),
                original.description(), original.format(), original.venueName(), original.venueAddress(),
                original.venueCity(), original.zone(), original.language(), original.capacity(), original.teachers(),
                original.guestTeachers(), original.currency(), original.price(), original.earlyBirdPrice(),
                original.earlyBirdUntil() == null ? null : original.earlyBirdUntil().plus(shift, ChronoUnit.WEEKS),
                today, null, original.joinUrl(), moved, original.refundDaysBefore(), original.refundFee(),
                original.supportedPrice(), original.sustainingPrice(), original.scholarships());
    }

    private static String nextCode(String code, LocalDate firstDay) {
        Matcher matcher = YEAR_MONTH.matcher(code);
        return matcher.matches() ? matcher.group(1) + "%d-%02d".formatted(firstDay.getYear(), firstDay.getMonthValue())
                : code + "-2";
    }
}

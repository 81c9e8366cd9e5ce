package org.centerformsc.portal.catalog;

import org.centerformsc.portal.member.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An offering as staff or a teacher fill in its form: days and hours in the event's own {@code zone}, money as typed
 * (checked against the currency's decimals), teachers who are members plus guest teachers by name. The early bird
 * lasts until the end of {@code earlyBirdUntil}; registration opens at the start of {@code registrationOpens} and
 * closes at the end of {@code registrationCloses} (or when the first session starts, when that is empty). Refunds on
 * withdrawal: in full, less {@code refundFee}, until {@code refundDaysBefore} days before the start; none when empty.
 * A sliding scale: {@code supportedPrice} below the standard price, {@code sustainingPrice} above it, either empty;
 * {@code scholarships}: members may ask for one.
 */
public record OfferingDraft(String programCode, String code, String title, String description, OfferingFormat format,
                            String venueName, String venueAddress, String venueCity, ZoneId zone, String language,
                            Integer capacity, List<MemberId> teachers, List<String> guestTeachers, String currency,
                            BigDecimal price, BigDecimal earlyBirdPrice, LocalDate earlyBirdUntil,
                            LocalDate registrationOpens, LocalDate registrationCloses, String joinUrl,
                            Schedule schedule, Integer refundDaysBefore, BigDecimal refundFee,
                            BigDecimal supportedPrice, BigDecimal sustainingPrice, boolean scholarships) {

    public OfferingDraft {
        teachers = teachers == null ? List.of() : List.copyOf(teachers);
        guestTeachers = guestTeachers == null ? List.of() : List.copyOf(guestTeachers);
    }
}

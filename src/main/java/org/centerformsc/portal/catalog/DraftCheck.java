package org.centerformsc.portal.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Everything an offering form can get wrong, checked before anything is stored; each refusal names its field.
 * What needs the database (a unique code, seats already taken, a teacher's qualification) the service checks.
 */
final class DraftCheck {

    static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP", "CAD", "AUD");
    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    /** A form that passed: money in minor units, days turned into instants in the event's zone. */
    record Checked(OfferingDraft draft, Price price, Instant registrationOpens, Instant registrationCloses,
                   List<SessionTime> sessions, List<String> guestTeachers, RefundPolicy refund,
                   FeeOptions options) {
    }

    private DraftCheck() {
    }

    static Checked check(OfferingDraft draft) {
        text(draft.code(), 40, "code");
        if (!draft.code().strip().matches(CODE)) {
            throw new OfferingRefused("code", "offering.refused.code");
        }
        text(draft.title(), 200, "title");
        if (draft.description() != null && draft.description().length() > 5000) {
            throw new OfferingRefused("description", "offering.refused.description");
        }
        if (draft.format() == null) {
            throw new OfferingRefused("format", "offering.refused.format");
        }
        if (draft.format().hasVenue()) {
            text(draft.venueName(), 300, "venueName");
        }
        if (draft.venueAddress() != null && draft.venueAddress().length() > 300) {
            throw new OfferingRefused("venueAddress", "offering.refused.venueAddress");
        }
        if (draft.zone() == null) {
            throw new OfferingRefused("zone", "offering.refused.zone");
        }
        text(draft.language(), 35, "language");
        if (draft.capacity() != null && (draft.capacity() < 1 || draft.capacity() > 10_000)) {
            throw new OfferingRefused("capacity", "offering.refused.capacity");
        }
        List<String> guests = draft.guestTeachers().stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (guests.stream().anyMatch(name -> name.length() > 200) || guests.size() > 10) {
            throw new OfferingRefused("guestTeachers", "offering.refused.guests");
        }
        List<SessionTime> sessions = draft.schedule() == null ? List.of()
                : draft.schedule().plan(draft.zone()).stream().map(Schedule.PlannedSession::time).toList();
        if (sessions.isEmpty()) {
            throw new ScheduleRefused("sessions", -1, "schedule.refused.empty");
        }
        Instant start = sessions.get(0).startsAt();
        Price price = price(draft, start);
        Instant opens = draft.registrationOpens() == null ? null
                : draft.registrationOpens().atStartOfDay(draft.zone()).toInstant();
        Instant closes = draft.registrationCloses() == null ? start
                : draft.registrationCloses().plusDays(1).atStartOfDay(draft.zone()).toInstant();
        if (opens == null) {
            throw new OfferingRefused("registrationOpens", "offering.refused.registration.missing");
        }
        if (!closes.isAfter(opens)) {
            throw new OfferingRefused("registrationOpens", "offering.refused.registration");
        }
        String link = draft.joinUrl() == null ? "" : draft.joinUrl().strip();
        if (!link.isEmpty() && (!link.startsWith("https://") || link.length() > 500 || link.contains(" "))) {
            throw new OfferingRefused("joinUrl", "offering.refused.joinurl");
        }
        return new Checked(draft, price, opens, closes, sessions, guests, refund(draft, price), options(draft, price));
    }

    private static Price price(OfferingDraft draft, Instant firstSession) {
        if (draft.currency() == null || !CURRENCIES.contains(draft.currency())) {
            throw new OfferingRefused("currency", "offering.refused.currency");
        }
        int digits = Currency.getInstance(draft.currency()).getDefaultFractionDigits();
        long regular = minor(draft.price(), digits, "price");
        if ((draft.earlyBirdPrice() == null) != (draft.earlyBirdUntil() == null)) {
            throw new OfferingRefused(draft.earlyBirdPrice() == null ? "earlyBirdPrice" : "earlyBirdUntil",
                    "offering.refused.earlybird");
        }
        if (draft.earlyBirdPrice() == null) {
            return new Price(draft.currency(), regular, null, null);
        }
        long early = minor(draft.earlyBirdPrice(), digits, "earlyBirdPrice");
        if (early >= regular) {
            throw new OfferingRefused("earlyBirdPrice", "offering.refused.earlybirdamount");
        }
        // the early bird lasts through its last day in the event's zone; the regular price applies from the next
        Instant deadline = draft.earlyBirdUntil().plusDays(1).atStartOfDay(draft.zone()).toInstant();
        if (deadline.isAfter(firstSession)) {
            throw new OfferingRefused("earlyBirdUntil", "offering.refused.earlybirddeadline");
        }
        return new Price(draft.currency(), regular, early, deadline);
    }

    private static RefundPolicy refund(OfferingDraft draft, Price price) {
        Integer days = draft.refundDaysBefore();
        if (days != null && (days < 0 || days > 365)) {
            throw new OfferingRefused("refundDaysBefore", "offering.refused.refunddays");
        }
        if (draft.refundFee() == null || draft.refundFee().signum() == 0) {
            return new RefundPolicy(days, 0);
        }
        long fee = minor(draft.refundFee(), Currency.getInstance(price.currency()).getDefaultFractionDigits(),
                "refundFee");
        if (fee > price.regularMinor()) {
            throw new OfferingRefused("refundFee", "offering.refused.refundfee");
        }
        return new RefundPolicy(days, fee);
    }

    /**
     * A supported price below every standard price (the early bird's too), a sustaining price above the regular one;
     * both and scholarships only where there is a price at all.
     */
    private static FeeOptions options(OfferingDraft draft, Price price) {
        int digits = Currency.getInstance(price.currency()).getDefaultFractionDigits();
        Long supported = draft.supportedPrice() == null ? null
                : minor(draft.supportedPrice(), digits, "supportedPrice");
        Long sustaining = draft.sustainingPrice() == null ? null
                : minor(draft.sustainingPrice(), digits, "sustainingPrice");
        long lowestStandard = price.earlyBirdMinor() == null ? price.regularMinor() : price.earlyBirdMinor();
        if (supported != null && (supported == 0 || supported >= lowestStandard)) {
            throw new OfferingRefused("supportedPrice", "offering.refused.supported");
        }
        if (sustaining != null && sustaining <= price.regularMinor()) {
            throw new OfferingRefused("sustainingPrice", "offering.refused.sustaining");
        }
        if (price.isFree() && sustaining != null) {
            throw new OfferingRefused("sustainingPrice", "offering.refused.freeoptions");
        }
        // a free course takes no payment, so there is no scholarship to ask for whatever the box says
        return new FeeOptions(supported, sustaining, draft.scholarships() && !price.isFree());
    }

    private static long minor(BigDecimal amount, int digits, String field) {
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_PRICE) > 0
                || amount.stripTrailingZeros().scale() > digits) {
            throw new OfferingRefused(field, "offering.refused.price");
        }
        return amount.movePointRight(digits).longValueExact();
    }

    private static void text(String value, int max, String field) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new OfferingRefused(field, "offering.refused." + field);
        }
    }
}

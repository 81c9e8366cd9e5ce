package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.enrollment.Seats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** The facts of an offering, written once for the catalog card and the offering page. */
final class OfferingFacts {

    private OfferingFacts() {
    }

    /** The first session in the viewer's zone, with the event's own time beside it when the zones differ. */
    static Div when(Component owner, OfferingCard card, ZoneId viewer, Locale locale) {
        ZoneId shown = viewer == null ? card.zone() : viewer;
        Div when = line("when", owner.getTranslation("offering.starts",
                TimeFormats.sessionRange(card.firstSessionStart(), card.firstSessionEnd(), shown, locale)));
        if (!sameOffset(shown, card.zone(), card.firstSessionStart())) {
            Span local = new Span(" (" + TimeFormats.sessionInEventZone(card.firstSessionStart(),
                    card.firstSessionEnd(), shown, card.zone(), locale) + ")");
            local.addClassName("event-zone");
            when.add(local);
        }
        return when;
    }

    static Div span(Component owner, OfferingCard card, ZoneId viewer, Locale locale) {
        ZoneId shown = viewer == null ? card.zone() : viewer;
        return line("span", owner.getTranslation("offering.sessions", card.sessionCount(),
                TimeFormats.dayRange(card.firstSessionStart(), card.lastSessionEnd(), shown, locale)));
    }

    static Div where(Component owner, OfferingCard card, Locale locale) {
        String place = switch (card.format()) {
            case ONLINE -> owner.getTranslation("offering.online");
            case IN_PERSON -> card.venue();
            case HYBRID -> owner.getTranslation("offering.hybrid", card.venue());
        };
        String language = Locale.forLanguageTag(card.language()).getDisplayLanguage(locale);
        return line("where", place + " · " + language);
    }

    static Div teachers(Component owner, OfferingCard card) {
        return line("teachers", card.teachers().isEmpty() ? ""
                : owner.getTranslation("offering.with", String.join(", ", card.teachers())));
    }

    static Div price(Component owner, Price price, Instant now, ZoneId viewer, ZoneId eventZone, Locale locale) {
        if (price.isFree()) {
            return line("price", owner.getTranslation("offering.free"));
        }
        String regular = TimeFormats.money(price.regularMinor(), price.currency(), locale);
        if (price.earlyBirdMinor() != null && now.isBefore(price.earlyBirdDeadline())) {
            // the deadline is the first instant of the regular price, so the last early-bird day is the one before, as
            // staff set it in the event's zone; a reader elsewhere also gets the moment it ends in their own zone
            Instant last = price.earlyBirdDeadline().minusNanos(1);
            String lastDay = TimeFormats.date(last, eventZone, locale);
            if (viewer != null && !sameOffset(viewer, eventZone, price.earlyBirdDeadline())) {
                lastDay += " " + owner.getTranslation("offering.earlybird.ends",
                        TimeFormats.moment(price.earlyBirdDeadline(), viewer, locale));
            }
            return line("price", owner.getTranslation("offering.earlybird",
                    TimeFormats.money(price.earlyBirdMinor(), price.currency(), locale), lastDay, regular));
        }
        return line("price", regular);
    }

    /** The sliding scale beside the standard price, and whether the scholarship fund takes requests; null: neither. */
    static Div feeOptions(Component owner, OfferingCard card, Locale locale) {
        FeeOptions options = card.feeOptions();
        if (card.price().isFree() || (!options.hasTiers() && !options.scholarships())) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (options.supportedMinor() != null) {
            text.append(owner.getTranslation("offering.scale.supported",
                    TimeFormats.money(options.supportedMinor(), card.price().currency(), locale)));
        }
        if (options.sustainingMinor() != null) {
            text.append(text.isEmpty() ? "" : " ").append(owner.getTranslation("offering.scale.sustaining",
                    TimeFormats.money(options.sustainingMinor(), card.price().currency(), locale)));
        }
        if (options.scholarships()) {
            text.append(text.isEmpty() ? "" : " ").append(owner.getTranslation("offering.scale.scholarships"));
        }
        return line("scale", text.toString());
    }

    static Div seats(Component owner, Seats seats) {
        if (seats.capacity() == null) {
            return line("seats", owner.getTranslation("offering.seats.open"));
        }
        if (seats.isFull()) {
            return line("seats", owner.getTranslation("offering.seats.waitlist", seats.waitlisted()));
        }
        return line("seats", owner.getTranslation("offering.seats.left", seats.left()));
    }

    private static boolean sameOffset(ZoneId a, ZoneId b, Instant at) {
        return a.getRules().getOffset(at).equals(b.getRules().getOffset(at));
    }

    private static Div line(String kind, String text) {
        Div line = new Div(text);
        line.addClassName("fact");
        line.addClassName("fact-" + kind);
        return line;
    }
}

package org.centerformsc.portal.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingFormat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The next session: when (in the member's zone, and the event's when they differ), a countdown, and for online
 * sessions the join link, shown from 15 minutes before the start until the end.
 */
class NextSessionCard extends Section {

    static final Duration JOIN_OPENS_BEFORE = Duration.ofMinutes(15);

    NextSessionCard(UpcomingSession next, ZoneId viewer, Instant now, Locale locale, Optional<String> joinUrl) {
        setId("next-session");
        addClassName("card");
        ZoneId shown = viewer == null ? next.offering().zone() : viewer;
        Instant start = next.session().startsAt();
        add(new H2(getTranslation("dashboard.next")));
        Paragraph title = new Paragraph(next.offering().title() + " · "
                + getTranslation("dashboard.session", next.number(), next.offering().sessionCount()));
        title.setId("next-session-title");
        Div when = new Div(TimeFormats.sessionRange(start, next.session().endsAt(), shown, locale));
        when.setId("next-session-when");
        if (!shown.equals(next.offering().zone())) {
            when.add(new Span(" (" + TimeFormats.sessionInEventZone(start, next.session().endsAt(), shown,
                    next.offering().zone(), locale) + ")"));
        }
        add(title, when, countdown(start, now, locale));
        add(place(next, now, joinUrl));
    }

    private Span countdown(Instant start, Instant now, Locale locale) {
        Span countdown = new Span(Countdown.text(this, start, now));
        countdown.setId("countdown");
        countdown.addClassName("countdown");
        Countdown.keepTicking(countdown, start, locale);
        return countdown;
    }

    private Div place(UpcomingSession next, Instant now, Optional<String> joinUrl) {
        Div place = new Div();
        place.setId("next-session-place");
        if (next.offering().format() == OfferingFormat.IN_PERSON) {
            place.setText(next.offering().venue());
        } else if (joinUrl.isPresent() && isJoinable(next, now)) {
            Anchor join = new Anchor(joinUrl.get(), getTranslation("dashboard.join"));
            join.setId("join-link");
            join.setTarget("_blank");
            join.addClassName("join-link");
            place.add(join);
        } else {
            place.setText(getTranslation("dashboard.join.later"));
        }
        return place;
    }

    static boolean isJoinable(UpcomingSession next, Instant now) {
        return !now.isBefore(next.session().startsAt().minus(JOIN_OPENS_BEFORE))
                && now.isBefore(next.session().endsAt());
    }
}

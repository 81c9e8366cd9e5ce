package org.centerformsc.portal.notifications;

import org.centerformsc.portal.calendar.CalendarService;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The course's sessions as an .ics file, for the confirmation of a place and the news of a new schedule. */
@Component
class OfferingCalendarAttachment implements AttachmentSource {

    static final String PREFIX = "offering:";

    private final CatalogService catalog;
    private final CalendarService calendar;

    OfferingCalendarAttachment(CatalogService catalog, CalendarService calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @Override
    public boolean serves(NotificationKind kind, String about) {
        return about.startsWith(PREFIX)
                && (kind == NotificationKind.ENROLLMENT_CONFIRMED || kind == NotificationKind.PROMOTED
                || kind == NotificationKind.OFFERING_CHANGED);
    }

    @Override
    public Optional<Attachment> attachment(NotificationKind kind, String about, MemberId member, Locale language) {
        return catalog.offering(new OfferingId(AttachmentSource.idOf(about)))
                .flatMap(offering -> calendar.offeringCalendar(offering.card().code())
                        .map(ics -> new Attachment(offering.card().code() + ".ics", "text/calendar; charset=UTF-8",
                                ics.getBytes(StandardCharsets.UTF_8))));
    }
}

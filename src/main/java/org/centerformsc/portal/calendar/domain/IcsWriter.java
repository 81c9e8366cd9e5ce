package org.centerformsc.portal.calendar.domain;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.SessionTime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes offerings' sessions as iCalendar events with TZID-qualified times and a VTIMEZONE per zone used, so
 * calendar clients show 8:00 am PT as 8:00 am PT, daylight saving included (never floating times).
 */
public final class IcsWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsWriter() {
    }

    public static String write(String calendarName, Collection<OfferingDetails> offerings, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Center for Mindful Self-Compassion//Member Portal//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (OfferingDetails offering : offerings) {
            zones.add(offering.card().zone());
            List<SessionTime> sessions = offering.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                calendar.add(event(offering.card(), sessions.get(i), i + 1, sessions.size(), now));
            }
        }
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        return calendar.toString();
    }

    private static VEvent event(OfferingCard offering, SessionTime session, int number, int count, Instant now) {
        ZoneId zone = offering.zone();
        String summary = count > 1 ? offering.title() + " (" + number + "/" + count + ")" : offering.title();
        VEvent event = new VEvent(session.startsAt().atZone(zone), session.endsAt().atZone(zone), summary);
        event.add(new Uid(offering.code().toLowerCase() + "-" + number + "@portal.centerformsc.org"));
        // the constructor stamps the event with the wall clock; one stamp, the portal's clock
        event.replace(new DtStamp(now));
        event.add(new Location(offering.format() == OfferingFormat.ONLINE ? "Live online" : offering.venue()));
        event.add(new Description(offering.programName()
                + (offering.teachers().isEmpty() ? "" : " with " + String.join(", ", offering.teachers()))));
        return event;
    }
}

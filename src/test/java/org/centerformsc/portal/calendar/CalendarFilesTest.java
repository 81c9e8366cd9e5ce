package org.centerformsc.portal.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The .ics files, fetched as a calendar client does (no login) and parsed back with ical4j. */
@IntegrationTest
class CalendarFilesTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CalendarService calendars;

    @Autowired
    MemberService members;

    @Test
    void offeringFileCarriesPacificTimesWithTheirTimeZone() throws Exception {
        // like the Self-Forgiveness workshop: 8-11 am PT on a Wednesday in February
        TestOffering workshop = TestOffering.offering().title("Self-Forgiveness: Steps to Healing Shame")
                .zone(PACIFIC).firstSessionAt(ZonedDateTime.of(2027, 2, 24, 8, 0, 0, 0, PACIFIC).toInstant())
                .sessionLength(java.time.Duration.ofHours(3));
        workshop.create(catalog);

        String ics = mvc.perform(get("/calendar/offerings/" + workshop.code() + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID")).hasValueSatisfying(tz -> assertThat(tz.getValue()).isEqualTo(PACIFIC.getId()));
        assertThat(ZonedDateTime.from(start.getDate()).withZoneSameInstant(PACIFIC).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 2, 24, 8, 0));
        assertThat(ZonedDateTime.from(event.getDateTimeEnd().getDate()).withZoneSameInstant(PACIFIC).toLocalTime())
                .hasHour(11);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
                .anySatisfy(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo(PACIFIC.getId()));
        assertThat(ics).doesNotContain("DTSTART:2027"); // never a floating time
    }

    @Test
    void unknownOfferingIsNotFound() throws Exception {
        mvc.perform(get("/calendar/offerings/NO-SUCH.ics")).andExpect(status().isNotFound());
    }

    @Test
    void personalFeedListsEnrolledSessionsUntilTheAddressIsReplaced() throws Exception {
        OfferingId enrolled = TestOffering.offering().title("Feed course").weeklySessions(4).create(catalog);
        OfferingId waitlisted = TestOffering.offering().title("Waitlisted course").capacity(1).create(catalog);
        OAuth2AuthenticationToken other = member("feed-other");
        TestLogins.as(other, () -> enrollment.enroll(waitlisted));
        OAuth2AuthenticationToken member = member("feed-owner");
        String token = TestLogins.as(member, () -> {
            enrollment.enroll(enrolled);
            enrollment.enroll(waitlisted);
            return calendars.myFeedToken();
        });

        String ics = mvc.perform(get("/calendar/feed/" + token + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertThat(events).hasSize(4).allSatisfy(event ->
                assertThat(event.getSummary().getValue()).startsWith("Feed course ("));

        String replaced = TestLogins.as(member, calendars::regenerateMyFeedToken);
        mvc.perform(get("/calendar/feed/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/feed/" + replaced + ".ics")).andExpect(status().isOk());
    }

    @Test
    void theFeedTokenStaysTheSameUntilReplaced() {
        OAuth2AuthenticationToken member = member("feed-stable");

        String first = TestLogins.as(member, calendars::myFeedToken);

        assertThat(TestLogins.as(member, calendars::myFeedToken)).isEqualTo(first).hasSize(48);
    }

    private OAuth2AuthenticationToken member(String name) {
        return TestLogins.signedUp(members, name);
    }
}

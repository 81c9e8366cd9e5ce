package org.centerformsc.portal.calendar;

import org.centerformsc.portal.calendar.domain.CalendarFeed;
import org.centerformsc.portal.calendar.domain.CalendarFeedRepository;
import org.centerformsc.portal.calendar.domain.IcsWriter;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** iCalendar files: one per offering (public) and a personal feed per member at a secret address. */
@Service
public class CalendarService {

    private final CalendarFeedRepository feeds;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final Clock clock;

    CalendarService(CalendarFeedRepository feeds, CatalogService catalog, EnrollmentService enrollment,
                    MemberService members, Clock clock) {
        this.feeds = feeds;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<String> offeringCalendar(String offeringCode) {
        return catalog.offering(offeringCode)
                .map(offering -> IcsWriter.write(offering.card().title(), List.of(offering), clock.instant()));
    }

    /** The feed behind a secret; empty for an unknown (or regenerated-away) token. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        return feeds.findByToken(token).map(feed -> {
            // the token was the caller's proof; what follows reads that one member's seats on their behalf
            List<OfferingId> offerings = SystemAuthentication.asSystem(
                    () -> enrollment.enrolledOfferingsOf(new MemberId(feed.getMemberId())));
            List<OfferingDetails> details = catalog.offerings(offerings);
            return IcsWriter.write("MSC courses", details, clock.instant());
        });
    }

    /** The signed-in member's feed token, created on first ask. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String myFeedToken() {
        long member = members.currentMemberId().value();
        return feeds.findById(member).orElseGet(() -> feeds.save(new CalendarFeed(member, clock.instant())))
                .getToken();
    }

    /** Replaces the signed-in member's token: calendars subscribed to the old address stop receiving updates. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String regenerateMyFeedToken() {
        long member = members.currentMemberId().value();
        CalendarFeed feed = feeds.findById(member).orElseGet(() -> new CalendarFeed(member, clock.instant()));
        feed.regenerate(clock.instant());
        return feeds.save(feed).getToken();
    }
}

package org.centerformsc.portal.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.CoursePaymentLine;
import org.centerformsc.portal.fees.ui.PaidLine;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.replay.MyReplays;
import org.centerformsc.portal.replay.ReplayService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The member's home: the next session, what comes after it, and their courses and waitlist places. */
@Route("dashboard")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:home")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final int TIMELINE_LENGTH = 8;

    private final MemberService members;
    private final EnrollmentService enrollment;
    private final CatalogService catalog;
    private final Clock clock;
    private final ReplayService replays;
    private final CheckoutService checkouts;

    DashboardView(MemberService members, EnrollmentService enrollment, CatalogService catalog, Clock clock,
                  ReplayService replays, CheckoutService checkouts) {
        this.replays = replays;
        this.checkouts = checkouts;
        this.members = members;
        this.enrollment = enrollment;
        this.catalog = catalog;
        this.clock = clock;
        setId("dashboard-view");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ViewerZone.resolve(event.getUI(), members.preferredZone(), null, this::render);
    }

    private void render(ZoneId viewer) {
        removeAll();
        Locale locale = getLocale();
        Instant now = clock.instant();
        String name = members.currentProfile().map(MemberProfile::displayName).orElse("");
        add(new ViewHeader(getTranslation("dashboard.greeting", name), getTranslation("dashboard.lead")));
        MyReplays mine = replays.mine();
        add(new ReplayShelf(mine.continueWatching(), mine.all(), now, locale));
        MemberTimeline timeline = new MemberTimeline(enrollment.myEnrollments(), catalog);
        if (timeline.enrollments().isEmpty()) {
            add(emptyState());
            return;
        }
        List<UpcomingSession> upcoming = timeline.upcoming(now, TIMELINE_LENGTH);
        if (!upcoming.isEmpty()) {
            UpcomingSession next = upcoming.get(0);
            Optional<String> joinUrl = NextSessionCard.isJoinable(next, now)
                    ? catalog.joinUrl(next.offering().id()) : Optional.empty();
            add(new NextSessionCard(next, viewer, now, locale, joinUrl));
            add(comingUp(upcoming.subList(1, upcoming.size()), viewer, locale));
        }
        add(myCourses(timeline, now, locale, viewer));
    }

    private Section emptyState() {
        Anchor browse = new Anchor("courses", getTranslation("dashboard.empty.browse"));
        browse.setId("browse-courses");
        Section section = new Section(new H2(getTranslation("dashboard.upcoming")),
                new Paragraph(getTranslation("dashboard.empty")), browse);
        section.setId("upcoming");
        return section;
    }

    private Section comingUp(List<UpcomingSession> sessions, ZoneId viewer, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.setId("timeline");
        for (UpcomingSession session : sessions) {
            ZoneId shown = viewer == null ? session.offering().zone() : viewer;
            list.add(new ListItem(TimeFormats.sessionRange(session.session().startsAt(), session.session().endsAt(),
                    shown, locale) + " · " + session.offering().title()));
        }
        Section section = new Section(new H2(getTranslation("dashboard.upcoming")), list);
        section.setVisible(!sessions.isEmpty());
        return section;
    }

    private Section myCourses(MemberTimeline timeline, Instant now, Locale locale, ZoneId viewer) {
        Map<OfferingId, CoursePaymentLine> paid = new HashMap<>();
        checkouts.myPayments().stream().filter(payment -> !payment.refunded())
                .forEach(payment -> paid.putIfAbsent(payment.offering(), payment));
        Div courses = new Div();
        courses.setId("my-courses");
        courses.addClassName("card-list");
        for (MyEnrollment mine : timeline.enrollments()) {
            OfferingCard card = timeline.offering(mine.offeringId()).card();
            Div entry = new Div(new Anchor("courses/" + card.code(), card.title()));
            entry.addClassName("card");
            entry.getElement().setAttribute("data-offering", card.code());
            entry.add(new Div(TimeFormats.dayRange(card.firstSessionStart(), card.lastSessionEnd(),
                    viewer == null ? card.zone() : viewer, locale)));
            Div status = new Div(switch (mine.status()) {
                case ENROLLED -> getTranslation("dashboard.progress", timeline.sessionsHeld(mine.offeringId(), now),
                        card.sessionCount());
                case HELD -> getTranslation("dashboard.held", TimeFormats.moment(mine.holdExpiresAt(),
                        viewer == null ? card.zone() : viewer, locale));
                default -> getTranslation("enroll.waitlisted", mine.waitlistPosition());
            });
            status.addClassName("enrollment-status");
            entry.add(status);
            if (paid.containsKey(card.id())) {
                entry.add(new PaidLine(paid.get(card.id()), checkouts, locale));
            }
            courses.add(entry);
        }
        return new Section(new H2(getTranslation("dashboard.courses")), courses);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " | " + getTranslation("app.title");
    }
}

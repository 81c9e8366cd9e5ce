package org.centerformsc.portal.dashboard.ui;

import org.centerformsc.portal.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    org.centerformsc.portal.replay.ReplayService replays;

    @Autowired
    org.centerformsc.portal.giving.GivingService giving;

    @Autowired
    org.centerformsc.portal.giving.CampaignService campaigns;

    @Test
    void greetsTheMemberByTheNameOnTheirRecord() {
        signInAs("dashboard-1", "Maya Lindqvist");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText()).isEqualTo("Welcome, Maya Lindqvist");
    }

    @Test
    void withoutEnrollmentsPointsToTheCourses() {
        signInAs("dashboard-2", "Ravi Patel");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("browse-courses")).getHref()).isEqualTo("courses");
        assertThat(_find(Div.class, spec -> spec.withId("my-courses"))).isEmpty();
    }

    @Test
    void showsTheNextSessionWithACountdownAndTheCourseProgress() {
        OfferingId id = TestOffering.offering().title("Dashboard course")
                .firstSessionAt(Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(1))).weeklySessions(3)
                .create(catalog);
        signInAs("dashboard-3", "Nia Next");
        enrollment.enroll(id);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(text("next-session-title")).isEqualTo("Dashboard course · session 1 of 3");
        assertThat(_get(Span.class, spec -> spec.withId("countdown")).getText()).isEqualTo("in 3 days");
        assertThat(text("next-session-place"))
                .isEqualTo("The link to join appears here 15 minutes before the session starts.");
        assertThat(_find(Anchor.class, spec -> spec.withId("join-link"))).isEmpty();
        assertThat(text("my-courses")).contains("Dashboard course").contains("Sessions so far: 0 of 3");
    }

    @Test
    void offersTheJoinLinkFromFifteenMinutesBeforeTheStart() {
        TestOffering soon = TestOffering.offering().title("Starting soon")
                .firstSessionAt(Instant.now().plus(Duration.ofMinutes(10)));
        OfferingId id = soon.create(catalog);
        signInAs("dashboard-4", "Jo Join");
        enrollment.enroll(id);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("join-link")).getHref())
                .isEqualTo("https://meet.example.org/" + soon.code());
        assertThat(_get(Span.class, spec -> spec.withId("countdown")).getText()).isEqualTo("in 9 minutes");
    }

    @Test
    void inPersonSessionsShowTheVenue() {
        OfferingId id = TestOffering.offering().inPerson("Sedona Mago Retreat Center").create(catalog);
        signInAs("dashboard-5", "Vera Venue");
        enrollment.enroll(id);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(text("next-session-place")).isEqualTo("Sedona Mago Retreat Center");
    }

    @Test
    void waitlistPlacesAreListedButAreNotTheNextSession() {
        OfferingId full = TestOffering.offering().title("Full course").capacity(1).create(catalog);
        signInAs("dashboard-6a", "Seat Holder");
        enrollment.enroll(full);
        signInAs("dashboard-6b", "Wait Listed");
        enrollment.enroll(full);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(text("my-courses")).contains("Full course").contains("You are number 1 on the waitlist.");
        assertThat(_find(Div.class, spec -> spec.withId("next-session-title"))).isEmpty();
    }

    @Test
    void showsTheReplayToContinueWatching() {
        String campaign = org.centerformsc.portal.TestCampaigns.fresh(campaigns, "DASH");
        OfferingId event = TestOffering.offering().create(catalog);
        var replay = TestLogins.asStaff(() -> replays.publish(
                new org.centerformsc.portal.replay.NewReplay(event, campaign, "Half-watched replay", Instant.now(), 600,
                        "https://video.example.org/half", null, null, "", java.util.List.of(), java.util.List.of())));
        signInAs("dashboard-7", "Wanda Watcher");
        var me = members.currentMemberId();
        TestLogins.asStaff(() -> {
            giving.recordManualGift(me, new org.centerformsc.portal.giving.Money(1500, "GBP"), campaign, Instant.now());
            return null;
        });
        replays.savePosition(replay, 150);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(text("continue-watching")).contains("Half-watched replay").contains("25% watched");
    }

    @Test
    void isNotShownToAnonymousVisitors() {
        visitAnonymously();
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(DashboardView.class)).isEmpty();
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }
}

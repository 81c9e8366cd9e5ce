package org.centerformsc.portal.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.notifications.NotificationKind;
import org.centerformsc.portal.notifications.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    NotificationService notifications;

    @Test
    void theBellCountsUnreadNotificationsAndThePageListsThemNewestFirstWithTheirActions() {
        String title = "Bell course " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId first = TestOffering.offering().title(title + " A").capacity(5).create(catalog);
        OfferingId second = TestOffering.offering().title(title + " B").capacity(5).create(catalog);
        signInAs("bell-" + UUID.randomUUID(), "Bella Bell");
        enrollment.enroll(first);
        enrollment.enroll(second);
        UI.getCurrent().navigate("courses");

        Anchor bell = _get(Anchor.class, spec -> spec.withId("notification-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications: 2 unread");
        assertThat(_get(bell, Span.class, spec -> spec.withClasses("unread-badge")).getText()).isEqualTo("2");

        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);
        var lines = notifications.mine(0, 10);
        assertThat(lines).extracting(line -> line.arguments().get(0)).containsExactly(title + " B", title + " A");
        assertThat(lines).allMatch(line -> line.kind() == NotificationKind.ENROLLMENT_CONFIRMED && !line.read());

        notifications.markRead(lines.get(1).id());
        UI.getCurrent().navigate("courses");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications: 1 unread");

        UI.getCurrent().navigate(NotificationsView.class);
        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));
        assertThat(notifications.unread()).isZero();
        assertThat(view.list).isNotNull();
    }

    @Test
    void aMemberWithoutNotificationsIsToldSoAndAVisitorHasNoBell() {
        signInAs("bell-empty-" + UUID.randomUUID(), "Quiet Quinn");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("no-notifications"))
                .getText()).isEqualTo("No notifications yet.");

        visitAnonymously();
        UI.getCurrent().navigate("courses");
        assertThat(_find(Anchor.class, spec -> spec.withId("notification-bell"))).isEmpty();
    }

    @Test
    void inProfileAMemberTurnsAKindsEMailsOffButNotTheOnesThatAreAlwaysSent() {
        signInAs("choices-" + UUID.randomUUID(), "Cho Choice");
        UI.getCurrent().navigate("profile");

        Checkbox reminders = _get(Checkbox.class, spec -> spec.withId("email-session_reminder"));
        assertThat(reminders.getValue()).isTrue();
        _setValue(reminders, false);
        assertThat(notifications.myEmailChoices()).containsEntry(NotificationKind.SESSION_REMINDER, false);

        Checkbox cancellations = _get(Checkbox.class, spec -> spec.withId("email-offering_cancelled"));
        assertThat(cancellations.isReadOnly()).isTrue();
        assertThat(cancellations.getLabel()).isEqualTo("cancelled courses (always sent)");
        notifications.chooseEmail(NotificationKind.OFFERING_CANCELLED, false);
        assertThat(notifications.myEmailChoices()).containsEntry(NotificationKind.OFFERING_CANCELLED, true);
    }
}

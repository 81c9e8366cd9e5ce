package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

    @Test
    void anonymousVisitorSeesOnlyThePublicPagesAndALoginLink() {
        visitAnonymously();
        UI.getCurrent().navigate("courses");

        assertThat(navigationLabels()).containsExactly("Courses", "Find a teacher", "Giving");
        assertThat(_get(Anchor.class, spec -> spec.withId("login")).getHref())
                .isEqualTo("oauth2/authorization/portal");
    }

    @Test
    void participantSeesTheMemberPagesButNotTeachingOrStaff() {
        signInAs("nav-participant", "Pat Participant");
        UI.getCurrent().navigate("dashboard");

        assertThat(navigationLabels()).containsExactly("Dashboard", "Courses", "Find a teacher", "My path",
                "Practice log", "Replays", "Giving", "Profile");
    }

    @Test
    void teacherAlsoSeesTeaching() {
        signInAs("nav-teacher", "Tess Teacher", Roles.TEACHER);
        UI.getCurrent().navigate("dashboard");

        assertThat(navigationLabels()).contains("Teaching").doesNotContain("Staff");
    }

    @Test
    void staffAlsoSeesStaff() {
        signInAs("nav-staff", "Sam Staff", Roles.STAFF);
        UI.getCurrent().navigate("dashboard");

        assertThat(navigationLabels()).contains("Staff").doesNotContain("Teaching");
    }

    @Test
    void donorSeesTheParticipantNavigation() {
        signInAs("nav-donor", "Dana Donor", Roles.DONOR);
        UI.getCurrent().navigate("dashboard");

        assertThat(navigationLabels()).contains("Giving").doesNotContain("Teaching", "Staff");
    }

    @Test
    void signedInMemberSeesTheirNameAndALogoutButton() {
        signInAs("nav-name", "Noor Name");
        UI.getCurrent().navigate("dashboard");

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("signed-in-name")).getText())
                .isEqualTo("Noor Name");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("logout"))).hasSize(1);
    }

    @Test
    void aNameTheMemberChoseWinsOverTheProvidersInTheLayout() {
        signInAs("nav-chosen-" + java.util.UUID.randomUUID(), "Provider Name");
        members.chooseName("Chosen Name");
        // the layout is built with each new page
        restartUi();
        UI.getCurrent().navigate("dashboard");

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("signed-in-name")).getText())
                .isEqualTo("Chosen Name");
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-navigation")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
    }
}

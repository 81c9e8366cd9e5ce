package org.centerformsc.portal.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

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
    }

    @Test
    void isNotShownToAnonymousVisitors() {
        visitAnonymously();
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(DashboardView.class)).isEmpty();
    }
}

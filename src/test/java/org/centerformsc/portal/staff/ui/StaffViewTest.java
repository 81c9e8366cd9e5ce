package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class StaffViewTest extends KaribuTest {

    @Test
    void staffOpensTheStaffArea() {
        signInAs("staff-1", "Sofia Staff", Roles.STAFF);
        UI.getCurrent().navigate(StaffView.class);

        _get(StaffView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText("Offerings and rosters")))
                .singleElement().extracting(Anchor::getHref).isEqualTo("staff/offerings");
    }

    @Test
    void participantIsRefusedWithAClearMessage() {
        signInAs("staff-2", "Pedro Participant");
        UI.getCurrent().navigate(StaffView.class);

        assertThat(_find(StaffView.class)).isEmpty();
        VerticalLayout denied = _get(VerticalLayout.class, spec -> spec.withId("access-denied-view"));
        assertThat(_get(denied, H1.class).getText()).isEqualTo("This page is not open to you");
    }

    @Test
    void teacherIsRefusedToo() {
        signInAs("staff-3", "Tara Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(StaffView.class);

        assertThat(_find(StaffView.class)).isEmpty();
    }
}

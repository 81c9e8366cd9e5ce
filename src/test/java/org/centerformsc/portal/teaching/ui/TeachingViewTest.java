package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TeachingViewTest extends KaribuTest {

    @Test
    void teacherOpensTeaching() {
        signInAs("teaching-1", "Tomás Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(TeachingView.class);

        _get(TeachingView.class);
    }

    @Test
    void participantIsRefused() {
        signInAs("teaching-2", "Paula Participant");
        UI.getCurrent().navigate(TeachingView.class);

        assertThat(_find(TeachingView.class)).isEmpty();
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("access-denied-view"));
    }
}

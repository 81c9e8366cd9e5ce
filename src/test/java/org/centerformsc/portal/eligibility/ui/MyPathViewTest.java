package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MyPathViewTest extends KaribuTest {

    @Test
    void participantSeesThePage() {
        signInAs("eligibility-1", "Pia Participant");
        UI.getCurrent().navigate(MyPathView.class);

        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText()).isEqualTo("My path");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        visitAnonymously();
        UI.getCurrent().navigate(MyPathView.class);

        assertThat(_find(MyPathView.class)).isEmpty();
    }
}

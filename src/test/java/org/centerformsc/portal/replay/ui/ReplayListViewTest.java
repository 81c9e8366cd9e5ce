package org.centerformsc.portal.replay.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReplayListViewTest extends KaribuTest {

    @Test
    void participantSeesThePage() {
        signInAs("replay-1", "Pia Participant");
        UI.getCurrent().navigate(ReplayListView.class);

        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText()).isEqualTo("Replays");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        visitAnonymously();
        UI.getCurrent().navigate(ReplayListView.class);

        assertThat(_find(ReplayListView.class)).isEmpty();
    }
}

package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class GivingViewTest extends KaribuTest {

    @Test
    void participantSeesThePage() {
        signInAs("giving-1", "Pia Participant");
        UI.getCurrent().navigate(GivingView.class);

        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText()).isEqualTo("Giving");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        visitAnonymously();
        UI.getCurrent().navigate(GivingView.class);

        assertThat(_find(GivingView.class)).isEmpty();
    }
}

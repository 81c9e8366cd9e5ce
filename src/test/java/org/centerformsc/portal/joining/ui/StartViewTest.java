package org.centerformsc.portal.joining.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class StartViewTest extends KaribuTest {

    @Test
    void aVisitorSeesWhatThePortalOffersAndTheWaysIn() {
        visitAnonymously();
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText())
                .isEqualTo("Welcome to the MSC Member Portal");
        assertThat(link("start-login").getHref()).isEqualTo("oauth2/authorization/portal");
        assertThat(link("start-signup").getHref()).isEqualTo("oauth2/authorization/portal?signup");
        assertThat(link("start-signup").getText()).isEqualTo("Sign up");
        assertThat(link("start-courses").getHref()).isEqualTo("courses");
        assertThat(link("start-teachers").getHref()).isEqualTo("teachers");
        assertThat(link("start-give").getHref()).isEqualTo("giving");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("start-members"))
                .getElement().getTextRecursively()).contains("Replays");
    }

    @Test
    void aSignedInMemberIsForwardedToTheDashboard() {
        signInAs("start-" + UUID.randomUUID(), "Sam Start");
        UI.getCurrent().navigate("");

        assertThat(_find(Anchor.class, spec -> spec.withId("start-signup"))).isEmpty();
        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText()).isEqualTo("Welcome, Sam Start");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dashboard");
    }

    private static Anchor link(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }
}

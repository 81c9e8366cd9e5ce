package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.teaching.DirectoryEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TeacherProfileViewTest extends TeachingKaribuTest {

    @Test
    void showsWhatTheTeacherMadePublicAndTheirUpcomingCourses() {
        var token = teacherToken("Public");
        teachers.save(token, teachers.publicEntry(token, "Utrecht", "nl"));
        teachers.certified(idOf(token), today.minusYears(1));
        TestOffering upcoming = TestOffering.offering().program("MSC").title("MSC in Utrecht " + teachers.tag)
                .firstSessionAt(Instant.now().plus(Duration.ofDays(40)));
        OfferingId offering = upcoming.create(catalog);
        TestLogins.asStaff(() -> {
            catalog.assignInstructor(offering, idOf(token));
            return null;
        });
        visitAnonymously();

        UI.getCurrent().navigate("teachers/" + idOf(token).value());

        assertThat(page()).contains("Public " + teachers.tag).contains("Certified teacher")
                .contains("Utrecht, Netherlands").contains("Teaches in Dutch").contains("Teaching MSC in Utrecht.")
                .contains("MSC in Utrecht " + teachers.tag);
        // the co-taught courses lie in the past: only what is still to come is listed
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class,
                spec -> spec.withText("Mindful"))).isEmpty();
    }

    @Test
    void hiddenFieldsAppearNowhereOnThePage() {
        var token = teacherToken("Hidden");
        teachers.save(token, new DirectoryEntry(teachers.nameOf(token), true, "a private story", false,
                Set.of("sv"), false, teachers.cityId("Uppsala"), false, "https://hidden.example.org", false, false,
                false, false, true));
        visitAnonymously();

        UI.getCurrent().navigate("teachers/" + idOf(token).value());

        String html = UI.getCurrent().getCurrentView().getElement().getOuterHTML();
        assertThat(html).contains("Hidden " + teachers.tag).doesNotContain("a private story", "Uppsala", "Sweden",
                "Swedish", "hidden.example.org");
        assertThat(_find(Paragraph.class, spec -> spec.withId("teacher-city"))).isEmpty();
    }

    @Test
    void markupInABioIsShownAsText() {
        var token = teacherToken("Markup");
        String bio = "<img src=x onerror=alert(1)><b>bold</b>";
        teachers.save(token, new DirectoryEntry(teachers.nameOf(token), true, bio, true, Set.of(), false, null,
                false, null, false, false, false, true, false));
        visitAnonymously();

        UI.getCurrent().navigate("teachers/" + idOf(token).value());

        Paragraph shown = _get(Paragraph.class, spec -> spec.withId("teacher-bio"));
        assertThat(shown.getText()).isEqualTo(bio);
        assertThat(shown.getElement().getChildren()).allSatisfy(child -> assertThat(child.isTextNode()).isTrue());
        assertThat(shown.getElement().getProperty("innerHTML")).isNull();
        assertThat(TestLogins.as(token, directory::myEntry).bio()).isEqualTo(bio);
    }

    @Test
    void anUnlistedOrUnknownTeacherIsNotFound() {
        var token = teacherToken("Quiet");
        TestLogins.as(token, pathway::myTraining);
        visitAnonymously();

        UI.getCurrent().navigate("teachers/" + idOf(token).value());
        _get(VerticalLayout.class, spec -> spec.withId("not-found-view"));

        UI.getCurrent().navigate("teachers/not-a-number");
        _get(VerticalLayout.class, spec -> spec.withId("not-found-view"));
    }
}

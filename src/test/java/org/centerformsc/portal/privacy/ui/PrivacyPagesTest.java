package org.centerformsc.portal.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.privacy.ErasureEntry;
import org.centerformsc.portal.privacy.PrivacyService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PrivacyPagesTest extends KaribuTest {

    @Autowired
    PrivacyService privacy;

    @Test
    void visitorsReadThePrivacyNoticeAndTheAccessibilityStatementLinkedFromTheFooter() {
        visitAnonymously();
        UI.getCurrent().navigate("privacy");
        assertThat(_get(H1.class).getText()).isEqualTo("Privacy notice");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).contains("What we collect",
                "Why, and on which legal basis", "How long we keep it", "Your rights and how to use them", "Contact");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(text -> text.contains("tax law"));
        assertThat(_get(Anchor.class, spec -> spec.withId("footer-privacy")).getHref()).isEqualTo("privacy");

        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withId("footer-accessibility")).getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("WCAG") && text.contains("2.2"))
                .anyMatch(text -> text.contains("PDF/UA"))
                .anyMatch(text -> text.contains("accessibility@centerformsc.org"));
    }

    @Test
    void thePagesSpeakEveryLanguage() {
        visitAnonymously();
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("privacy");
        assertThat(_get(H1.class).getText()).isEqualTo("プライバシー通知");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("accessibility");
        assertThat(_get(H1.class).getText()).isEqualTo("Erklärung zur Barrierefreiheit");
    }

    @Test
    void afterDeletingTheirAccountVisitorsReadWhatWasErasedAndWhatWasKept() {
        visitAnonymously();
        UI.getCurrent().navigate("account-deleted");

        assertThat(_get(H1.class).getText()).isEqualTo("Your account is deleted");
        assertThat(_find(H2.class).stream().map(H2::getText).toList())
                .containsExactly("What was erased", "What was kept, and why");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("tax law") && text.contains("without your name"));
    }

    @Test
    void staffSeeTheErasuresAndNobodyElseDoes() {
        var leaving = TestLogins.signedUp(members, "Lee Leaving");
        ErasureEntry erased = TestLogins.as(leaving, () -> privacy.eraseMyAccount());

        signInAs("erasures-staff", "Stella Staff", Roles.STAFF);
        UI.getCurrent().navigate(ErasureListView.class);
        @SuppressWarnings("unchecked")
        Grid<ErasureEntry> grid = _get(Grid.class, spec -> spec.withId("erasures"));
        assertThat(_size(grid)).isPositive();
        List<String> first = _getFormattedRow(grid, 0);
        assertThat(first).contains(String.valueOf(erased.memberId()));
        assertThat(String.join(" ", first)).doesNotContain("Lee Leaving");

        signInAs("erasures-participant", "Pat Participant");
        UI.getCurrent().navigate(ErasureListView.class);
        assertThat(_find(ErasureListView.class)).isEmpty();
    }
}

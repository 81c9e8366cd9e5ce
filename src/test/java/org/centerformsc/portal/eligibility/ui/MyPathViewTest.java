package org.centerformsc.portal.eligibility.ui;

import org.centerformsc.portal.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.ProgramSummary;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MyPathViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    PrerequisiteService prerequisites;

    @Autowired
    CompletionService completions;

    @Test
    void showsCompletionsAndWhatAnAdvancedProgramStillNeeds() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String base = "PATH-BASE-" + suffix;
        String advanced = "PATH-ADV-" + suffix;
        TestOffering.offering().program(base).create(catalog);
        TestOffering.offering().program(advanced).title("Advanced " + suffix).create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save(advanced, Rule.allOf(Rule.completed(base), Rule.dailyPractice()));
            return null;
        });
        signInAs("path-" + suffix, "Pat Path");
        var me = members.currentMemberId();
        TestLogins.asStaff(() -> completions.recordVerified(me, base, null, LocalDate.of(2025, 6, 1)));
        UI.getCurrent().navigate(MyPathView.class);

        assertThat(_get(UnorderedList.class, spec -> spec.withId("completed")).getElement().getTextRecursively())
                .contains("Program " + base).contains("Jun 1, 2025").contains("recorded by CMSC");
        Div program = _find(Div.class).stream()
                .filter(div -> advanced.equals(div.getElement().getAttribute("data-program"))).findFirst().orElseThrow();
        assertThat(program.getElement().getTextRecursively()).contains("Next: Advanced " + suffix)
                .contains("Not yet: a daily practice: practice logged on 20 of the last 30 days (you have 0)");
    }

    @Test
    void aClaimWithoutAnOrganisationIsRefusedWithAMessageAndNothingIsStored() {
        signInAs("path-claim", "Cleo Claim");
        UI.getCurrent().navigate(MyPathView.class);
        _click(_get(Button.class, spec -> spec.withId("claim-completion")));
        ClaimDialog dialog = _get(ClaimDialog.class);
        ProgramSummary anyProgram = catalog.programs().get(0);
        _setValue(dialog.program, anyProgram);
        _setValue(dialog.completedOn, LocalDate.of(2024, 3, 1));

        _click(_get(Button.class, spec -> spec.withId("claim-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("claim-error")).getText())
                .isEqualTo("Name the organisation you completed it with (up to 200 characters).");
        assertThat(completions.myCompletions()).isEmpty();

        _setValue(dialog.organisation, "Compassion Institute");
        _click(_get(Button.class, spec -> spec.withId("claim-submit")));

        assertThat(completions.myCompletions()).singleElement()
                .satisfies(line -> assertThat(line.organisation()).isEqualTo("Compassion Institute"));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("completed")).getElement().getTextRecursively())
                .contains("waiting for verification");
    }

    @Test
    void isForMembersOnly() {
        visitAnonymously();
        UI.getCurrent().navigate(MyPathView.class);

        assertThat(_find(MyPathView.class)).isEmpty();
        assertThat(_find(H1.class, spec -> spec.withText("My path"))).isEmpty();
    }
}

package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.eligibility.ui.RuleNodeEditor.Kind;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RulesViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    PrerequisiteService prerequisites;

    @Test
    void anExistingRuleLoadsIntoTheTreeWithItsPreviewAndTheProgramChosenInTheAddress() {
        Programs p = programs();
        TestLogins.asStaff(() -> {
            prerequisites.save(p.advanced, Rule.allOf(Rule.anyOf(Rule.completed(p.base), Rule.completed(p.other)),
                    Rule.completed(p.base, 2), Rule.dailyPractice()));
            return null;
        });

        RulesView view = open(p.advanced);

        assertThat(view.program.getValue()).isEqualTo(p.advanced);
        RuleNodeEditor root = view.editor;
        assertThat(root.kind.getValue()).isEqualTo(Kind.ALL_OF);
        assertThat(root.conditions()).extracting(node -> node.kind.getValue())
                .containsExactly(Kind.ANY_OF, Kind.COMPLETED, Kind.PRACTICE);
        assertThat(root.conditions().get(0).conditions()).extracting(node -> node.program.getValue())
                .containsExactly(p.base, p.other);
        assertThat(root.conditions().get(1).months.getValue()).isEqualTo(2);
        assertThat(root.conditions().get(2).days.getValue()).isNull();
        assertThat(root.conditions().get(2).days.getPlaceholder()).isEqualTo("20");
        assertThat(view.preview.getText()).isEqualTo("To enroll you need all of these: (one of these: to have "
                + "completed Program " + p.base + " or to have completed Program " + p.other + "); to have completed Program "
                + p.base + " at least 2 months before the course starts; a daily practice: practice logged on at "
                + "least 20 of the last 30 days.");
    }

    @Test
    void staffBuildARuleWithTheButtonsThePreviewFollowsAndSavingAuditsIt() {
        Programs p = programs();
        RulesView view = open(p.advanced);
        assertThat(view.preview.getText()).isEqualTo("Open to all: no prerequisites.");

        _setValue(view.editor.kind, Kind.ALL_OF);
        RuleNodeEditor first = view.editor.conditions().get(0);
        _setValue(first.program, p.base);
        _setValue(first.months, 3);
        _click(view.editor.add);
        RuleNodeEditor second = view.editor.conditions().get(1);
        _setValue(second.kind, Kind.PRACTICE);
        _setValue(second.days, 10);
        _setValue(second.window, 14);
        _click(view.editor.add);
        _setValue(view.editor.conditions().get(2).kind, Kind.APPLICATION);
        _click(view.editor.conditions().get(2).remove);
        assertThat(view.preview.getText()).isEqualTo("To enroll you need all of these: to have completed Program "
                + p.base + " at least 3 months before the course starts; a daily practice: practice logged on at "
                + "least 10 of the last 14 days.");

        _click(view.save);

        Rule expected = Rule.allOf(Rule.completed(p.base, 3), Rule.dailyPractice(10, 14));
        assertThat(prerequisites.ruleOf(p.advanced)).contains(expected);
        assertThat(view.problem.getText()).isEmpty();
        assertThat(historyText(view)).contains("by Rhea Rules (rules-staff-2)").contains("Before: Open to all")
                .contains("After: To enroll you need all of these: to have completed Program " + p.base);

        _setValue(view.editor.kind, Kind.NONE);
        _click(view.save);
        assertThat(prerequisites.ruleOf(p.advanced)).isEmpty();
        assertThat(view.history.changes.getChildren().count()).isEqualTo(2);
    }

    @Test
    void eachWrongPartIsRefusedWithItsPathMarkedInTheTreeAndNothingIsStored() {
        Programs p = programs();
        Rule saved = Rule.completed(p.base);
        TestLogins.asStaff(() -> {
            prerequisites.save(p.advanced, saved);
            return null;
        });
        RulesView view = open(p.advanced);
        _setValue(view.editor.kind, Kind.ALL_OF);
        RuleNodeEditor first = view.editor.conditions().get(0);
        _setValue(first.program, p.base);
        _click(view.editor.add);
        RuleNodeEditor second = view.editor.conditions().get(1);

        refused(view, second, second.program, "ALL OF \u203a 2nd condition: Choose a program.");

        _setValue(second.program, p.advanced);
        refused(view, second, second.program,
                "ALL OF \u203a 2nd condition: A program cannot require itself; choose another one.");

        _setValue(second.program, p.other);
        _setValue(second.months, 61);
        refused(view, second, second.months,
                "ALL OF \u203a 2nd condition: Months before the start: a whole number from 0 to 60.");
        _setValue(second.months, -1);
        refused(view, second, second.months,
                "ALL OF \u203a 2nd condition: Months before the start: a whole number from 0 to 60.");

        _setValue(second.kind, Kind.PRACTICE);
        _setValue(second.days, 31);
        refused(view, second, second.days, "ALL OF \u203a 2nd condition: Days with practice: 1 to 30 (the window).");
        _setValue(second.window, 400);
        refused(view, second, second.window, "ALL OF \u203a 2nd condition: The practice window is 1 to 365 days.");

        _setValue(second.kind, Kind.ANY_OF);
        _click(second.conditions().get(0).remove);
        refused(view, second, second.kind, "ALL OF \u203a 2nd condition: Add at least one condition.");

        _click(second.add);
        _setValue(second.conditions().get(0).program, p.base);
        _setValue(first.program, p.other);
        _click(view.save);
        assertThat(view.problem.getText()).isEmpty();
        assertThat(prerequisites.ruleOf(p.advanced)).contains(Rule.allOf(Rule.completed(p.other),
                Rule.anyOf(Rule.completed(p.base))));
    }

    @Test
    void aChangeAfterARefusalClearsTheMark() {
        Programs p = programs();
        RulesView view = open(p.advanced);
        _setValue(view.editor.kind, Kind.COMPLETED);

        _click(view.save);
        assertThat(view.editor.isMarked()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("The rule: Choose a program.");

        _setValue(view.editor.program, p.base);
        assertThat(view.editor.isMarked()).isFalse();
        assertThat(view.editor.program.isInvalid()).isFalse();
        assertThat(view.problem.getText()).isEmpty();
    }

    @Test
    void theHistoryShowsAFewChangesAtATimeNewestFirst() {
        Programs p = programs();
        TestLogins.asStaff(() -> {
            for (int months = 1; months <= RuleHistory.PAGE + 2; months++) {
                prerequisites.save(p.advanced, Rule.completed(p.base, months));
            }
            return null;
        });
        RulesView view = open(p.advanced);

        assertThat(view.history.changes.getChildren().count()).isEqualTo(RuleHistory.PAGE);
        assertThat(historyText(view)).contains("at least 7 months").doesNotContain("at least 1 month ");
        assertThat(view.history.more.isVisible()).isTrue();

        _click(view.history.more);

        assertThat(view.history.changes.getChildren().count()).isEqualTo(RuleHistory.PAGE + 2);
        assertThat(view.history.more.isVisible()).isFalse();
        assertThat(historyText(view)).contains("Before: Open to all: no prerequisites.");
    }

    @Test
    void withoutAProgramChosenThereIsNothingToEdit() {
        signInAs("rules-staff-6", "Rhea Rules", Roles.STAFF);
        UI.getCurrent().navigate(RulesView.class);
        RulesView view = _get(RulesView.class);

        assertThat(view.program.getValue()).isNull();
        assertThat(view.editor.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.history.isVisible()).isFalse();
    }

    @Test
    void teachersCannotEditRules() {
        signInAs("rules-teacher", "Tom Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(RulesView.class);

        assertThat(_find(RulesView.class)).isEmpty();
    }

    private void refused(RulesView view, RuleNodeEditor node, HasValidation field, String message) {
        Rule before = prerequisites.ruleOf(view.program.getValue()).orElse(null);
        _click(view.save);
        assertThat(view.problem.getText()).isEqualTo(message);
        assertThat(node.isMarked()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(message).endsWith(field.getErrorMessage());
        assertThat(prerequisites.ruleOf(view.program.getValue()).orElse(null)).isEqualTo(before);
    }

    private static String historyText(RulesView view) {
        return view.history.changes.getElement().getTextRecursively();
    }

    private RulesView open(String program) {
        signInAs("rules-staff-2", "Rhea Rules", Roles.STAFF);
        UI.getCurrent().navigate(RulesView.class, QueryParameters.of("program", program));
        return _get(RulesView.class);
    }

    private record Programs(String base, String other, String advanced) {
    }

    private Programs programs() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Programs programs = new Programs("RV-BASE-" + suffix, "RV-OTHER-" + suffix, "RV-ADV-" + suffix);
        for (String code : List.of(programs.base(), programs.other(), programs.advanced())) {
            TestOffering.offering().program(code).create(catalog);
        }
        return programs;
    }
}

package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.eligibility.RuleRefused;
import org.centerformsc.portal.practice.PracticeSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One node of a rule tree, built from plain components: a group (ALL OF / ANY OF) with its conditions and "Add a
 * condition", or one condition with its fields. The top node may also be "Open to all" (no rule). Every change
 * runs {@code changed}, so the page can update the preview.
 */
class RuleNodeEditor extends Div {

    enum Kind { NONE, ALL_OF, ANY_OF, COMPLETED, PRACTICE, APPLICATION }

    final Select<Kind> kind = new Select<>();
    final Button remove = new Button();
    final Button add = new Button();
    final ComboBox<String> program = new ComboBox<>();
    final IntegerField months = new IntegerField();
    final IntegerField days = new IntegerField();
    final IntegerField window = new IntegerField();
    private final List<RuleNodeEditor> conditions = new ArrayList<>();
    private final Div conditionList = new Div();
    private final FlexLayout body = new FlexLayout();
    private final Map<String, String> programNames;
    private final PracticeSettings practice;
    private final Runnable changed;
    private final RuleNodeEditor parent;

    /** The top node of a tree; {@code programNames} in the order to offer them. */
    RuleNodeEditor(Map<String, String> programNames, PracticeSettings practice, Runnable changed) {
        this(programNames, practice, changed, null);
    }

    private RuleNodeEditor(Map<String, String> programNames, PracticeSettings practice, Runnable changed,
                           RuleNodeEditor parent) {
        this.programNames = programNames;
        this.practice = practice;
        this.changed = changed;
        this.parent = parent;
        addClassName("rule-node");
        kind.setLabel(getTranslation("staff.rules.kind"));
        kind.setItems(parent == null ? Arrays.asList(Kind.values())
                : Arrays.stream(Kind.values()).filter(k -> k != Kind.NONE).toList());
        kind.setItemLabelGenerator(value -> getTranslation("rules.kind." + value));
        kind.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                become(change.getOldValue(), change.getValue());
                changed.run();
            }
        });
        remove.setText(getTranslation("staff.rules.remove"));
        remove.setAriaLabel(getTranslation("staff.rules.remove.label"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> parent.removeCondition(this));
        remove.setVisible(parent != null);
        add.setText(getTranslation("staff.rules.add"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> {
            addCondition(Rule.completed(null));
            changed.run();
        });
        fields();
        FlexLayout header = new FlexLayout(kind, remove);
        header.addClassName("rule-node-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.addClassName("rule-node-body");
        body.setAlignItems(FlexComponent.Alignment.BASELINE);
        conditionList.addClassName("rule-conditions");
        add(header, body);
    }

    private void fields() {
        program.setLabel(getTranslation("staff.rules.completed.program"));
        program.setItems(List.copyOf(programNames.keySet()));
        program.setItemLabelGenerator(code -> programNames.getOrDefault(code, code) + " (" + code + ")");
        program.setManualValidation(true);
        months.setLabel(getTranslation("staff.rules.completed.months"));
        months.setHelperText(getTranslation("staff.rules.completed.months.help"));
        months.setManualValidation(true);
        days.setLabel(getTranslation("staff.rules.practice.days"));
        days.setPlaceholder(String.valueOf(practice.requiredDays()));
        days.setManualValidation(true);
        window.setLabel(getTranslation("staff.rules.practice.window"));
        window.setPlaceholder(String.valueOf(practice.windowDays()));
        window.setManualValidation(true);
        kind.setManualValidation(true);
        program.addValueChangeListener(change -> changed.run());
        months.addValueChangeListener(change -> changed.run());
        days.addValueChangeListener(change -> changed.run());
        window.addValueChangeListener(change -> changed.run());
    }

    /** Shows this rule (null: open to all) in this node and the nodes below it. */
    void load(Rule rule) {
        Kind shown = kindOf(rule);
        kind.setValue(shown);
        become(null, shown);
        if (rule instanceof Rule.AllOf all) {
            all.allOf().forEach(this::addCondition);
        } else if (rule instanceof Rule.AnyOf any) {
            any.anyOf().forEach(this::addCondition);
        } else if (rule instanceof Rule.Completed completed) {
            program.setValue(completed.completed());
            months.setValue(completed.monthsBefore());
        } else if (rule instanceof Rule.DailyPractice daily && daily.dailyPractice() != null) {
            days.setValue(daily.dailyPractice().days());
            window.setValue(daily.dailyPractice().windowDays());
        }
    }

    /** The rule as the fields say now; null when the top node is "Open to all". */
    Rule toRule() {
        return switch (kind.getValue()) {
            case NONE -> null;
            case ALL_OF -> new Rule.AllOf(conditions.stream().map(RuleNodeEditor::toRule).toList());
            case ANY_OF -> new Rule.AnyOf(conditions.stream().map(RuleNodeEditor::toRule).toList());
            case COMPLETED -> new Rule.Completed(program.getValue(), months.getValue());
            case PRACTICE -> new Rule.DailyPractice(new Rule.Practice(days.getValue(), window.getValue()));
            case APPLICATION -> Rule.approvedApplication();
        };
    }

    List<RuleNodeEditor> conditions() {
        return List.copyOf(conditions);
    }

    /** The node at this path (positions of conditions from this node), or this node for an empty path. */
    RuleNodeEditor at(List<Integer> path) {
        RuleNodeEditor node = this;
        for (int index : path) {
            if (index >= node.conditions.size()) {
                return node;
            }
            node = node.conditions.get(index);
        }
        return node;
    }

    /** Marks the wrong part and puts the reason next to its field. */
    void showProblem(RuleRefused refused, String reason) {
        clearProblems();
        RuleNodeEditor node = at(refused.path());
        node.addClassName("rule-node-invalid");
        HasValidation field = switch (refused.field()) {
            case PROGRAM -> node.program;
            case MONTHS -> node.months;
            case DAYS -> node.days;
            case WINDOW -> node.window;
            case CONDITION, CONDITIONS -> node.kind;
        };
        field.setErrorMessage(reason);
        field.setInvalid(true);
    }

    void clearProblems() {
        removeClassName("rule-node-invalid");
        List.<HasValidation>of(kind, program, months, days, window).forEach(field -> field.setInvalid(false));
        conditions.forEach(RuleNodeEditor::clearProblems);
    }

    boolean isMarked() {
        return hasClassName("rule-node-invalid");
    }

    private void addCondition(Rule rule) {
        RuleNodeEditor condition = new RuleNodeEditor(programNames, practice, changed, this);
        condition.load(rule);
        conditions.add(condition);
        conditionList.add(condition);
    }

    private void removeCondition(RuleNodeEditor condition) {
        conditions.remove(condition);
        conditionList.remove(condition);
        changed.run();
    }

    /** Rebuilds the fields for a new kind; a group that only switches between ALL OF and ANY OF keeps its conditions. */
    private void become(Kind before, Kind now) {
        boolean keepConditions = isGroup(before) && isGroup(now);
        body.removeAll();
        if (!keepConditions) {
            conditions.clear();
            conditionList.removeAll();
            program.clear();
            months.clear();
            days.clear();
            window.clear();
        }
        if (isGroup(now)) {
            body.add(conditionList, add);
            if (conditions.isEmpty() && before != null) {
                addCondition(Rule.completed(null));
            }
        } else if (now == Kind.COMPLETED) {
            body.add(program, months);
        } else if (now == Kind.PRACTICE) {
            Span help = new Span(getTranslation("staff.rules.practice.help", practice.requiredDays(),
                    practice.windowDays()));
            help.addClassName("rule-help");
            body.add(days, window, help);
        } else if (now == Kind.APPLICATION) {
            Span help = new Span(getTranslation("staff.rules.application.help"));
            help.addClassName("rule-help");
            body.add(help);
        }
        body.setVisible(now != Kind.NONE);
    }

    private static boolean isGroup(Kind kind) {
        return kind == Kind.ALL_OF || kind == Kind.ANY_OF;
    }

    private static Kind kindOf(Rule rule) {
        if (rule == null) {
            return Kind.NONE;
        }
        if (rule instanceof Rule.AllOf) {
            return Kind.ALL_OF;
        }
        if (rule instanceof Rule.AnyOf) {
            return Kind.ANY_OF;
        }
        if (rule instanceof Rule.Completed) {
            return Kind.COMPLETED;
        }
        return rule instanceof Rule.DailyPractice ? Kind.PRACTICE : Kind.APPLICATION;
    }
}

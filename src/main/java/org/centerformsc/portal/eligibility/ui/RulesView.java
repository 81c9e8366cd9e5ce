package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.eligibility.RuleRefused;
import org.centerformsc.portal.eligibility.RuleWording;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.practice.PracticeSettings;
import org.centerformsc.portal.security.Roles;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Staff edit one program's prerequisites at a time as a tree of conditions (staff/rules?program=CODE), with a
 * preview in the words members read. The service refuses a wrong rule with the path to the wrong part, which the
 * editor marks; every saved change appears in the history below. See docs/decisions/013.
 */
@Route("staff/rules")
@RolesAllowed(Roles.STAFF)
class RulesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<String> program = new ComboBox<>();
    final RuleNodeEditor editor;
    final Paragraph preview = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button save = new Button();
    final RuleHistory history;
    private final Div rule;
    private final Paragraph choose = new Paragraph();
    private final PrerequisiteService prerequisites;
    private final MemberService members;
    private final Map<String, String> programNames;
    private final PracticeSettings practice;

    RulesView(PrerequisiteService prerequisites, CatalogService catalog, PracticeSettings practice,
              MemberService members) {
        this.prerequisites = prerequisites;
        this.members = members;
        this.practice = practice;
        this.programNames = byName(catalog.programNames());
        setId("rules-view");
        add(new ViewHeader(getTranslation("staff.rules"), getTranslation("staff.rules.lead")));
        program.setLabel(getTranslation("staff.rules.program"));
        program.setItems(programNames.keySet());
        program.setItemLabelGenerator(code -> programNames.get(code) + " (" + code + ")");
        program.setId("rules-program");
        program.addClassName("rules-program");
        program.addValueChangeListener(change -> open(change.getValue()));
        choose.setText(getTranslation("staff.rules.choose"));
        editor = new RuleNodeEditor(programNames, practice, this::edited);
        editor.setId("rule-editor");
        preview.setId("rule-preview");
        problem.setId("rule-problem");
        problem.addClassName("error-text");
        save.setText(getTranslation("staff.rules.save"));
        save.setId("save-rule");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Div previewBox = new Div(new H2(getTranslation("staff.rules.preview")), preview);
        previewBox.addClassName("rule-preview");
        rule = new Div(editor, previewBox, problem, save);
        rule.addClassName("card");
        rule.addClassName("rule-card");
        history = new RuleHistory(prerequisites, programNames, practice);
        add(program, choose, rule, history);
        open(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("program")
                .filter(programNames::containsKey).ifPresent(program::setValue);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ViewerZone.resolve(attach.getUI(), members.preferredZone(), ZoneId.of("UTC"), history::zone);
    }

    private void open(String code) {
        choose.setVisible(code == null);
        rule.setVisible(code != null);
        history.show(code);
        if (code != null) {
            editor.load(prerequisites.ruleOf(code).orElse(null));
            edited();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/rules?program=" + code));
        }
    }

    /** Any change: the preview follows, and an earlier refusal no longer applies. */
    private void edited() {
        if (editor == null) {
            return;
        }
        editor.clearProblems();
        problem.setText("");
        preview.setText(RuleWording.describe(editor.toRule(), programNames, practice, this::getTranslation));
    }

    void save() {
        String code = program.getValue();
        Rule built = editor.toRule();
        try {
            if (built == null) {
                prerequisites.clear(code);
            } else {
                prerequisites.save(code, built);
            }
            Notification.show(getTranslation("staff.rules.saved"));
            history.show(code);
        } catch (RuleRefused refused) {
            problem.setText(RuleWording.refusal(built, refused, this::getTranslation));
            editor.showProblem(refused, getTranslation(refused.messageKey(), refused.params()));
        }
    }

    private static Map<String, String> byName(Map<String, String> names) {
        Map<String, String> sorted = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.rules") + " | " + getTranslation("app.title");
    }
}

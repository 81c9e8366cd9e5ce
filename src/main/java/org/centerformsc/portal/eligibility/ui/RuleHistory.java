package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.RuleChange;
import org.centerformsc.portal.eligibility.RuleWording;
import org.centerformsc.portal.practice.PracticeSettings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** A program's rule changes, newest first, a few at a time: who, when, and the rule before and after in members' words. */
class RuleHistory extends Div {

    static final int PAGE = 5;

    final Div changes = new Div();
    final Button more = new Button();
    private final PrerequisiteService prerequisites;
    private final Map<String, String> programNames;
    private final PracticeSettings practice;
    private ZoneId zone = ZoneId.of("UTC");
    private String programCode;
    private int shown;

    RuleHistory(PrerequisiteService prerequisites, Map<String, String> programNames, PracticeSettings practice) {
        this.prerequisites = prerequisites;
        this.programNames = programNames;
        this.practice = practice;
        setId("rule-history");
        changes.setId("rule-changes");
        more.setText(getTranslation("staff.rules.history.more"));
        more.setId("rule-history-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showMore());
        add(new H2(getTranslation("staff.rules.history")), changes, more);
    }

    /** The zone to show the times in: the viewer's. */
    void zone(ZoneId viewerZone) {
        zone = viewerZone;
        show(programCode);
    }

    /** Starts over with this program's newest changes; null shows nothing. */
    void show(String program) {
        programCode = program;
        shown = 0;
        changes.removeAll();
        setVisible(program != null);
        if (program != null) {
            showMore();
        }
    }

    private void showMore() {
        long total = prerequisites.countHistory(programCode);
        prerequisites.history(programCode, shown, PAGE).forEach(change -> changes.add(line(change)));
        shown += PAGE;
        if (total == 0) {
            changes.add(new Paragraph(getTranslation("staff.rules.history.empty")));
        }
        more.setVisible(shown < total);
    }

    private Div line(RuleChange change) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(change.changedAt().atZone(zone))
                + " " + DateTimeFormatter.ofPattern("zzz", getLocale()).format(change.changedAt().atZone(zone));
        Paragraph who = new Paragraph(getTranslation("staff.rules.history.who", when, change.changedBy()));
        who.addClassName("rule-change-who");
        Div line = new Div(who,
                new Paragraph(getTranslation("staff.rules.history.before",
                        RuleWording.describe(change.before(), programNames, practice, this::getTranslation))),
                new Paragraph(getTranslation("staff.rules.history.after",
                        RuleWording.describe(change.after(), programNames, practice, this::getTranslation))));
        line.addClassName("rule-change");
        return line;
    }
}

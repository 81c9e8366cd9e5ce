package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.practice.PracticeSettings;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules and refusals in the words of the translation file, as the preview, the history and the editor show them. */
class RuleWordingTest {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);
    private static final VerdictWording.Translator T = (key, params) -> params.length == 0 ? WORDS.getString(key)
            : new MessageFormat(WORDS.getString(key), Locale.ENGLISH).format(params);
    private static final Map<String, String> NAMES = Map.of("MSC", "Mindful Self-Compassion",
            "LOMSC", "Live Online MSC", "SILENT-RETREAT", "MSC Silent Retreat");
    private static final PracticeSettings PRACTICE = new PracticeSettings(20, 30);

    @Test
    void aRuleReadsAsOneSentenceMembersUnderstand() {
        Rule training = Rule.allOf(Rule.completed("SILENT-RETREAT", 2),
                Rule.anyOf(Rule.completed("MSC"), Rule.completed("LOMSC")));

        assertThat(RuleWording.describe(training, NAMES, PRACTICE, T)).isEqualTo("To enroll you need all of these: "
                + "to have completed MSC Silent Retreat at least 2 months before the course starts; "
                + "(one of these: to have completed Mindful Self-Compassion or to have completed Live Online MSC).");
        assertThat(RuleWording.describe(Rule.completed("MSC", 1), NAMES, PRACTICE, T)).isEqualTo(
                "To enroll you need to have completed Mindful Self-Compassion at least 1 month before the course starts.");
        assertThat(RuleWording.describe(null, NAMES, PRACTICE, T)).isEqualTo("Open to all: no prerequisites.");
    }

    @Test
    void aDailyPracticeSaysItsNumbersOrThePortalsSettingAndAGroupOfOneIsItsCondition() {
        assertThat(RuleWording.describe(Rule.anyOf(Rule.dailyPractice()), NAMES, PRACTICE, T)).isEqualTo(
                "To enroll you need a daily practice: practice logged on at least 20 of the last 30 days.");
        assertThat(RuleWording.describe(Rule.allOf(Rule.dailyPractice(5, 7), Rule.approvedApplication()), NAMES,
                PRACTICE, T)).isEqualTo("To enroll you need all of these: a daily practice: practice logged on at "
                + "least 5 of the last 7 days; an approved application for the course.");
        assertThat(RuleWording.describe(Rule.completed(null), NAMES, PRACTICE, T))
                .isEqualTo("To enroll you need to have completed a program not chosen yet.");
    }

    @Test
    void aRefusalNamesThePathToTheWrongPart() {
        Rule rule = Rule.allOf(Rule.anyOf(Rule.completed("MSC"), Rule.dailyPractice(), Rule.completed(null)),
                Rule.completed(null));

        assertThat(RuleWording.refusal(rule, new RuleRefused(List.of(1), RuleRefused.Field.PROGRAM,
                "rules.refused.program"), T)).isEqualTo("ALL OF \u203a 2nd condition: Choose a program.");
        assertThat(RuleWording.refusal(rule, new RuleRefused(List.of(0, 2), RuleRefused.Field.PROGRAM,
                "rules.refused.program"), T))
                .isEqualTo("ALL OF \u203a 1st condition (ANY OF) \u203a 3rd condition: Choose a program.");
        assertThat(RuleWording.refusal(Rule.dailyPractice(40, 30), new RuleRefused(List.of(), RuleRefused.Field.DAYS,
                "rules.refused.days", 30), T)).isEqualTo("The rule: Days with practice: 1 to 30 (the window).");
        assertThat(RuleWording.where(rule, List.of(0, 11), T)).endsWith("12th condition");
    }

    @Test
    void aDailyPracticeWithItsOwnNumbersSurvivesItsJsonFormAndTheOldFormStillReads() {
        Rule own = Rule.dailyPractice(10, 14);

        assertThat(RuleFormat.toJson(own)).isEqualTo("{\"dailyPractice\":{\"days\":10,\"windowDays\":14}}");
        assertThat(RuleFormat.read(RuleFormat.toJson(own))).isEqualTo(own);
        assertThat(RuleFormat.read("{\"dailyPractice\":{}}")).isEqualTo(Rule.dailyPractice());
        assertThat(RuleFormat.read("{\"approvedApplication\":{}}")).isEqualTo(Rule.approvedApplication());
    }
}

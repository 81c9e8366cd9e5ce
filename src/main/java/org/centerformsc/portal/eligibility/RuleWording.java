package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.eligibility.VerdictWording.Translator;
import org.centerformsc.portal.practice.PracticeSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule in the words members read ("To enroll you need all of these: ..."), and where a refused rule is wrong
 * ("ALL OF › 2nd condition: choose a program."). Views pass their translation function, as for
 * {@link VerdictWording}.
 */
public final class RuleWording {

    private RuleWording() {
    }

    /** The whole rule as one sentence; no rule: open to all. */
    public static String describe(Rule rule, Map<String, String> programNames, PracticeSettings practice,
                                  Translator t) {
        return rule == null ? t.get("rules.describe.none")
                : t.get("rules.describe", part(rule, programNames, practice, t, true));
    }

    /** The refusal as staff read it: the path to the wrong part, then what is wrong with it. */
    public static String refusal(Rule rule, RuleRefused refused, Translator t) {
        return t.get("rules.refused", where(rule, refused.path(), t), t.get(refused.messageKey(), refused.params()));
    }

    /** "ALL OF › 1st condition (ANY OF) › 3rd condition": the top, then each condition's position in its group. */
    static String where(Rule rule, List<Integer> path, Translator t) {
        List<String> steps = new ArrayList<>();
        Rule node = rule;
        steps.add(label(node, t));
        for (int step = 0; step < path.size(); step++) {
            List<Rule> conditions = conditions(node);
            int index = path.get(step);
            node = conditions != null && index < conditions.size() ? conditions.get(index) : null;
            String position = t.get("rules.path.step", index + 1);
            steps.add(step < path.size() - 1 ? t.get("rules.path.group", position, label(node, t)) : position);
        }
        return String.join(t.get("rules.path.separator"), steps);
    }

    private static String label(Rule node, Translator t) {
        if (node instanceof Rule.AllOf) {
            return t.get("rules.path.allof");
        }
        return t.get(node instanceof Rule.AnyOf ? "rules.path.anyof" : "rules.path.rule");
    }

    private static List<Rule> conditions(Rule node) {
        if (node instanceof Rule.AllOf all) {
            return all.allOf();
        }
        return node instanceof Rule.AnyOf any ? any.anyOf() : null;
    }

    private static String part(Rule rule, Map<String, String> names, PracticeSettings practice, Translator t,
                               boolean top) {
        List<Rule> conditions = conditions(rule);
        if (conditions != null) {
            if (conditions.size() == 1) {
                return part(conditions.get(0), names, practice, t, top);
            }
            boolean all = rule instanceof Rule.AllOf;
            List<String> parts = conditions.stream().map(c -> part(c, names, practice, t, false)).toList();
            String group = t.get(all ? "rules.describe.allof" : "rules.describe.anyof",
                    String.join(t.get(all ? "rules.describe.and" : "rules.describe.or"), parts));
            return top ? group : t.get("rules.describe.nested", group);
        }
        if (rule instanceof Rule.Completed completed) {
            String program = completed.completed() == null || completed.completed().isBlank()
                    ? t.get("rules.describe.unchosen")
                    : names.getOrDefault(completed.completed(), completed.completed());
            return completed.months() > 0 ? t.get("rules.describe.completed.by", program, completed.months())
                    : t.get("rules.describe.completed", program);
        }
        if (rule instanceof Rule.DailyPractice daily) {
            return t.get("rules.describe.practice", daily.daysOr(practice.requiredDays()),
                    daily.windowOr(practice.windowDays()));
        }
        return t.get("rules.describe.application");
    }
}

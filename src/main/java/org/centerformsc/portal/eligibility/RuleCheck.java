package org.centerformsc.portal.eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks a rule must pass before it is saved. The first wrong part found, top to bottom, is refused with its
 * path, so that the editor can point at it. See docs/decisions/006 and 013.
 */
final class RuleCheck {

    static final int MAX_DEPTH = 6;
    static final int MAX_CONDITIONS = 20;
    static final int MAX_MONTHS = 60;
    static final int MAX_WINDOW_DAYS = 365;
    /** The column that stores the rule's JSON. */
    static final int MAX_JSON = 4000;

    private final String forProgram;
    private final Set<String> knownPrograms;
    private final int practiceDays;
    private final int practiceWindowDays;

    /**
     * @param practiceDays       the portal's setting, for a daily practice without numbers of its own
     * @param practiceWindowDays likewise
     */
    RuleCheck(String forProgram, Set<String> knownPrograms, int practiceDays, int practiceWindowDays) {
        this.forProgram = forProgram;
        this.knownPrograms = knownPrograms;
        this.practiceDays = practiceDays;
        this.practiceWindowDays = practiceWindowDays;
    }

    /** @throws RuleRefused at the first wrong part */
    void check(Rule rule) {
        check(rule, new ArrayList<>());
        if (RuleFormat.toJson(rule).length() > MAX_JSON) {
            throw new RuleRefused(List.of(), RuleRefused.Field.CONDITIONS, "rules.refused.long");
        }
    }

    private void check(Rule rule, List<Integer> path) {
        if (rule == null) {
            throw new RuleRefused(path, RuleRefused.Field.CONDITION, "rules.refused.condition");
        }
        if (path.size() >= MAX_DEPTH) {
            throw new RuleRefused(path, RuleRefused.Field.CONDITION, "rules.refused.depth", MAX_DEPTH);
        }
        if (rule instanceof Rule.AllOf all) {
            group(all.allOf(), path);
        } else if (rule instanceof Rule.AnyOf any) {
            group(any.anyOf(), path);
        } else if (rule instanceof Rule.Completed completed) {
            completed(completed, path);
        } else if (rule instanceof Rule.DailyPractice practice) {
            practice(practice, path);
        }
    }

    private void group(List<Rule> conditions, List<Integer> path) {
        if (conditions == null || conditions.isEmpty()) {
            throw new RuleRefused(path, RuleRefused.Field.CONDITIONS, "rules.refused.empty");
        }
        if (conditions.size() > MAX_CONDITIONS) {
            throw new RuleRefused(path, RuleRefused.Field.CONDITIONS, "rules.refused.many", MAX_CONDITIONS);
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < conditions.size(); index++) {
            List<Integer> at = new ArrayList<>(path);
            at.add(index);
            Rule condition = conditions.get(index);
            check(condition, at);
            if (!seen.add(RuleFormat.toJson(condition))) {
                throw new RuleRefused(at, RuleRefused.Field.CONDITION, "rules.refused.twice");
            }
        }
    }

    private void completed(Rule.Completed completed, List<Integer> path) {
        String program = completed.completed();
        if (program == null || program.isBlank()) {
            throw new RuleRefused(path, RuleRefused.Field.PROGRAM, "rules.refused.program");
        }
        if (!knownPrograms.contains(program)) {
            throw new RuleRefused(path, RuleRefused.Field.PROGRAM, "rules.refused.program.unknown", program);
        }
        if (program.equals(forProgram)) {
            throw new RuleRefused(path, RuleRefused.Field.PROGRAM, "rules.refused.program.self");
        }
        Integer months = completed.monthsBefore();
        if (months != null && (months < 0 || months > MAX_MONTHS)) {
            throw new RuleRefused(path, RuleRefused.Field.MONTHS, "rules.refused.months", MAX_MONTHS);
        }
    }

    private void practice(Rule.DailyPractice practice, List<Integer> path) {
        int window = practice.windowOr(practiceWindowDays);
        if (window < 1 || window > MAX_WINDOW_DAYS) {
            throw new RuleRefused(path, RuleRefused.Field.WINDOW, "rules.refused.window", MAX_WINDOW_DAYS);
        }
        int days = practice.daysOr(practiceDays);
        if (days < 1 || days > window) {
            throw new RuleRefused(path, RuleRefused.Field.DAYS, "rules.refused.days", window);
        }
    }
}

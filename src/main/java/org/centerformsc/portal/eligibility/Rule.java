package org.centerformsc.portal.eligibility;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * A program's prerequisites as data: ALL-OF / ANY-OF nodes over conditions. Staff build it in the rule editor; it is
 * stored as JSON ({@link RuleFormat}), e.g.
 * {@code {"allOf":[{"anyOf":[{"completed":"MSC"},{"completed":"LOMSC"}]},{"dailyPractice":{}}]}}.
 * A staff override for a member always counts, whatever the rule says (docs/decisions/006-eligibility-rules.md).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(Rule.AllOf.class), @JsonSubTypes.Type(Rule.AnyOf.class),
        @JsonSubTypes.Type(Rule.Completed.class), @JsonSubTypes.Type(Rule.DailyPractice.class),
        @JsonSubTypes.Type(Rule.ApprovedApplication.class)})
public sealed interface Rule {

    /** Every child must hold. */
    record AllOf(List<Rule> allOf) implements Rule {
    }

    /** At least one child must hold. */
    record AnyOf(List<Rule> anyOf) implements Rule {
    }

    /** A verified completion of a program, optionally at least {@code monthsBefore} months before the start. */
    record Completed(String completed, Integer monthsBefore) implements Rule {

        public int months() {
            return monthsBefore == null ? 0 : monthsBefore;
        }
    }

    /** A daily practice, as the practice log shows it. */
    record DailyPractice(Practice dailyPractice) implements Rule {

        /** The days asked for: the rule's own number, else the portal's setting. */
        public int daysOr(int setting) {
            return dailyPractice == null || dailyPractice.days() == null ? setting : dailyPractice.days();
        }

        /** The window the days are counted in: the rule's own, else the portal's setting. */
        public int windowOr(int setting) {
            return dailyPractice == null || dailyPractice.windowDays() == null ? setting : dailyPractice.windowDays();
        }
    }

    /** An approved application for the offering in question. */
    record ApprovedApplication(Marker approvedApplication) implements Rule {
    }

    /** The empty object of a condition that takes no parameters: {@code {"approvedApplication":{}}}. */
    record Marker() {
    }

    /**
     * Practice logged on at least {@code days} of the last {@code windowDays} days; either left out means the
     * portal's setting ({@code portal.practice.*}), so {@code {"dailyPractice":{}}} follows the configuration.
     */
    record Practice(Integer days, Integer windowDays) {
    }

    static Rule completed(String program) {
        return new Completed(program, null);
    }

    static Rule completed(String program, int monthsBefore) {
        return new Completed(program, monthsBefore);
    }

    static Rule dailyPractice() {
        return new DailyPractice(new Practice(null, null));
    }

    static Rule dailyPractice(int days, int windowDays) {
        return new DailyPractice(new Practice(days, windowDays));
    }

    static Rule approvedApplication() {
        return new ApprovedApplication(new Marker());
    }

    static Rule allOf(Rule... rules) {
        return new AllOf(List.of(rules));
    }

    static Rule anyOf(Rule... rules) {
        return new AnyOf(List.of(rules));
    }
}

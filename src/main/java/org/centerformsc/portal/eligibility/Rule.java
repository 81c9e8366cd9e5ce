package org.centerformsc.portal.eligibility;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * A program's prerequisites as data: ALL-OF / ANY-OF nodes over conditions. Staff edit it as JSON, e.g.
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

    /** A daily practice, as the practice log shows it (threshold in configuration). */
    record DailyPractice(Marker dailyPractice) implements Rule {
    }

    /** An approved application for the offering in question. */
    record ApprovedApplication(Marker approvedApplication) implements Rule {
    }

    /** The empty object of a condition that takes no parameters: {@code {"dailyPractice":{}}}. */
    record Marker() {
    }

    static Rule completed(String program) {
        return new Completed(program, null);
    }

    static Rule completed(String program, int monthsBefore) {
        return new Completed(program, monthsBefore);
    }

    static Rule dailyPractice() {
        return new DailyPractice(new Marker());
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

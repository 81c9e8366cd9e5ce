package org.centerformsc.portal.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules to and from their JSON, and the checks a rule must pass before it is saved. */
public final class RuleFormat {

    static final int MAX_DEPTH = 6;
    static final int MAX_MONTHS = 36;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RuleFormat() {
    }

    public static String toJson(Rule rule) {
        try {
            return JSON.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses and validates; every problem found is listed, in words staff can act on. */
    public static Rule parse(String json, String forProgram, Collection<String> knownPrograms) {
        Rule rule = read(json);
        List<String> problems = new java.util.ArrayList<>();
        check(rule, 1, forProgram, Set.copyOf(knownPrograms), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRule(problems);
        }
        return rule;
    }

    /** Reads a rule that was validated when it was saved (programs are never removed, so it stays valid). */
    static Rule read(String json) {
        try {
            return JSON.readValue(json, Rule.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRule(List.of("This is not a rule the portal understands: " + e.getOriginalMessage()));
        }
    }

    private static void check(Rule rule, int depth, String forProgram, Set<String> known, List<String> problems) {
        if (rule == null) {
            problems.add("A condition is empty.");
            return;
        }
        if (depth > MAX_DEPTH) {
            problems.add("The rule nests deeper than " + MAX_DEPTH + " levels.");
            return;
        }
        if (rule instanceof Rule.AllOf all) {
            children(all.allOf(), "allOf", depth, forProgram, known, problems);
        } else if (rule instanceof Rule.AnyOf any) {
            children(any.anyOf(), "anyOf", depth, forProgram, known, problems);
        } else if (rule instanceof Rule.Completed completed) {
            if (completed.completed() == null || !known.contains(completed.completed())) {
                problems.add("Unknown program \"" + completed.completed() + "\".");
            } else if (completed.completed().equals(forProgram)) {
                problems.add("A program cannot require itself.");
            }
            if (completed.monthsBefore() != null && (completed.monthsBefore() < 0 || completed.monthsBefore() > MAX_MONTHS)) {
                problems.add("Months before must be between 0 and " + MAX_MONTHS + ".");
            }
        }
    }

    private static void children(List<Rule> children, String name, int depth, String forProgram, Set<String> known,
                                 List<String> problems) {
        if (children == null || children.isEmpty()) {
            problems.add("\"" + name + "\" needs at least one condition.");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Rule child : children) {
            if (child != null && !seen.add(toJson(child))) {
                problems.add("\"" + name + "\" lists the same condition twice.");
            }
            check(child, depth + 1, forProgram, known, problems);
        }
    }

    /** A rule staff entered that cannot be saved, with all its problems. */
    public static class InvalidRule extends RuntimeException {

        private final List<String> problems;

        public InvalidRule(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}

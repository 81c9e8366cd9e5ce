package org.centerformsc.portal.eligibility.domain;

import org.centerformsc.portal.eligibility.Missing;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.eligibility.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one place prerequisites are decided. Pure: rule + facts + the offering's first session day (in the
 * offering's zone) in, verdict out. "At least N months before" means completion day + N months (calendar months,
 * clamped at month ends: Dec 31 + 2 months = Feb 28) is on or before the first session day. A daily practice
 * without numbers of its own asks for the portal's setting, which the engine is built with.
 */
public final class EligibilityEngine {

    private final int practiceRequiredDays;
    private final int practiceWindowDays;

    public EligibilityEngine(int practiceRequiredDays, int practiceWindowDays) {
        this.practiceRequiredDays = practiceRequiredDays;
        this.practiceWindowDays = practiceWindowDays;
    }

    public Verdict evaluate(Rule rule, MemberFacts facts, LocalDate firstSessionDay) {
        if (facts.overridden() || rule == null) {
            return Verdict.eligible();
        }
        Outcome outcome = outcome(rule, facts, firstSessionDay);
        return switch (outcome.kind) {
            case MET -> Verdict.eligible();
            case PENDING -> Verdict.eligibleFrom(outcome.from);
            case UNMET -> Verdict.notYet(outcome.missing);
        };
    }

    private Outcome outcome(Rule rule, MemberFacts facts, LocalDate start) {
        if (rule instanceof Rule.AllOf all) {
            return allOf(all.allOf().stream().map(child -> outcome(child, facts, start)).toList());
        }
        if (rule instanceof Rule.AnyOf any) {
            return anyOf(any.anyOf().stream().map(child -> outcome(child, facts, start)).toList());
        }
        if (rule instanceof Rule.Completed completed) {
            return completed(completed, facts, start);
        }
        if (rule instanceof Rule.DailyPractice practice) {
            int required = practice.daysOr(practiceRequiredDays);
            int window = practice.windowOr(practiceWindowDays);
            int logged = facts.practiceDaysIn(window);
            return logged >= required ? Outcome.met() : Outcome.unmet(new Missing.Practice(required, window, logged));
        }
        return facts.applicationApproved() ? Outcome.met() : Outcome.unmet(new Missing.Application());
    }

    private static Outcome completed(Rule.Completed rule, MemberFacts facts, LocalDate start) {
        int months = rule.months();
        if (facts.completed().getOrDefault(rule.completed(), List.of()).stream()
                .anyMatch(day -> earlyEnough(day, months, start))) {
            return Outcome.met();
        }
        return facts.planned().getOrDefault(rule.completed(), List.of()).stream()
                .filter(day -> earlyEnough(day, months, start)).min(Comparator.naturalOrder())
                .map(Outcome::pending)
                .orElseGet(() -> Outcome.unmet(new Missing.Completion(rule.completed(), months,
                        latestCompletionDay(months, start))));
    }

    static boolean earlyEnough(LocalDate completedOn, int monthsBefore, LocalDate start) {
        return !completedOn.plusMonths(monthsBefore).isAfter(start);
    }

    /** The last day a completion may fall on: found from below, because month-end clamping is not invertible. */
    static LocalDate latestCompletionDay(int monthsBefore, LocalDate start) {
        LocalDate day = start.minusMonths(monthsBefore);
        while (earlyEnough(day.plusDays(1), monthsBefore, start)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Outcome allOf(List<Outcome> children) {
        List<Missing> missing = children.stream().filter(o -> o.kind == Kind.UNMET)
                .flatMap(o -> o.missing.stream()).toList();
        if (!missing.isEmpty()) {
            return new Outcome(Kind.UNMET, null, missing);
        }
        return children.stream().filter(o -> o.kind == Kind.PENDING).map(o -> o.from).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(Outcome::pending).orElseGet(Outcome::met);
    }

    private static Outcome anyOf(List<Outcome> children) {
        if (children.size() == 1) {
            return children.get(0);
        }
        if (children.stream().anyMatch(o -> o.kind == Kind.MET)) {
            return Outcome.met();
        }
        return children.stream().filter(o -> o.kind == Kind.PENDING).map(o -> o.from)
                .min(Comparator.naturalOrder()).map(Outcome::pending)
                .orElseGet(() -> {
                    List<Missing> alternatives = new ArrayList<>();
                    children.forEach(o -> alternatives.add(o.missing.size() == 1 ? o.missing.get(0)
                            : new Missing.OneOf(o.missing)));
                    return Outcome.unmet(new Missing.OneOf(alternatives));
                });
    }

    private enum Kind { MET, PENDING, UNMET }

    private record Outcome(Kind kind, LocalDate from, List<Missing> missing) {

        static Outcome met() {
            return new Outcome(Kind.MET, null, List.of());
        }

        static Outcome pending(LocalDate from) {
            return new Outcome(Kind.PENDING, from, List.of());
        }

        static Outcome unmet(Missing missing) {
            return new Outcome(Kind.UNMET, null, List.of(missing));
        }
    }
}

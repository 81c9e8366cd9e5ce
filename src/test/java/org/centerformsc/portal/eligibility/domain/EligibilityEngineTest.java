package org.centerformsc.portal.eligibility.domain;

import org.centerformsc.portal.eligibility.Missing;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.eligibility.SeedRules;
import org.centerformsc.portal.eligibility.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the product brief, as a table: program, member facts, first session day, expected verdict. */
class EligibilityEngineTest {

    private static final EligibilityEngine ENGINE = new EligibilityEngine(20, 30);
    private static final LocalDate LOTT_28 = LocalDate.of(2026, 4, 7);
    private static final LocalDate LOTT_29 = LocalDate.of(2026, 7, 1);
    private static final LocalDate SEDONA = LocalDate.of(2026, 3, 22);

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("SC-SHAME", facts(Map.of("MSC", List.of(d(2025, 5, 1))), Map.of(), 0), SEDONA,
                        "NOT_YET practice"),
                Arguments.of("SC-SHAME", facts(Map.of("MSC", List.of(d(2025, 5, 1))), Map.of(), 20), SEDONA, "ELIGIBLE"),
                Arguments.of("SC-SHAME", facts(Map.of("LOMSC", List.of(d(2025, 5, 1))), Map.of(), 25), SEDONA, "ELIGIBLE"),
                Arguments.of("SC-SHAME", facts(Map.of("MSC-INTENSIVE", List.of(d(2025, 5, 1))), Map.of(), 30), SEDONA,
                        "ELIGIBLE"),
                Arguments.of("SC-SHAME", facts(Map.of("SCHC", List.of(d(2025, 5, 1))), Map.of(), 30), SEDONA,
                        "NOT_YET oneOf"),
                Arguments.of("SC-SHAME", facts(Map.of(), Map.of(), 0), SEDONA, "NOT_YET oneOf practice"),
                Arguments.of("SC-SHAME", facts(Map.of(), Map.of("LOMSC", List.of(d(2026, 3, 10))), 25), SEDONA,
                        "ELIGIBLE_FROM 2026-03-10"),
                Arguments.of("TEACHER-TRAINING", facts(Map.of("MSC", List.of(d(2025, 1, 1)),
                        "SILENT-RETREAT", List.of(d(2026, 2, 7))), Map.of(), 0), LOTT_28, "ELIGIBLE"),
                // six weeks before LOTT-28: too late for it, early enough for LOTT-29
                Arguments.of("TEACHER-TRAINING", facts(Map.of("MSC", List.of(d(2025, 1, 1)),
                        "SILENT-RETREAT", List.of(d(2026, 2, 24))), Map.of(), 0), LOTT_28, "NOT_YET completion 2026-02-07"),
                Arguments.of("TEACHER-TRAINING", facts(Map.of("MSC", List.of(d(2025, 1, 1)),
                        "SILENT-RETREAT", List.of(d(2026, 2, 24))), Map.of(), 0), LOTT_29, "ELIGIBLE"),
                Arguments.of("TEACHER-TRAINING", facts(Map.of("MSC", List.of(d(2025, 1, 1))),
                        Map.of("SILENT-RETREAT", List.of(d(2026, 4, 19))), 0), LOTT_29, "ELIGIBLE_FROM 2026-04-19"),
                Arguments.of("TEACHER-TRAINING", facts(Map.of("MSC", List.of(d(2025, 1, 1))),
                        Map.of("SILENT-RETREAT", List.of(d(2026, 4, 19))), 0), LOTT_28, "NOT_YET completion 2026-02-07"),
                Arguments.of("TEACHER-TRAINING", facts(Map.of("SILENT-RETREAT", List.of(d(2025, 6, 1))), Map.of(), 0),
                        LOTT_28, "NOT_YET oneOf"),
                Arguments.of("SILENT-RETREAT", facts(Map.of("LOMSC", List.of(d(2025, 6, 1))), Map.of(), 0),
                        LocalDate.of(2026, 4, 15), "ELIGIBLE"),
                Arguments.of("SCIP-1", facts(Map.of(), Map.of(), 0), LocalDate.of(2026, 4, 20), "NOT_YET application"));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("table")
    void decidesEveryRuleOfTheBrief(String program, MemberFacts facts, LocalDate start, String expected) {
        assertThat(describe(ENGINE.evaluate(SeedRules.BY_PROGRAM.get(program), facts, start))).isEqualTo(expected);
    }

    @Test
    void programsWithoutARuleAreOpenToAll() {
        assertThat(ENGINE.evaluate(null, MemberFacts.none(), LOTT_28).kind()).isEqualTo(Verdict.Kind.ELIGIBLE);
    }

    @Test
    void aDailyPracticeWithNumbersOfItsOwnIsCountedInItsOwnWindow() {
        MemberFacts facts = new MemberFacts(Map.of(), Map.of(), Map.of(30, 4, 7, 5), false, false);

        assertThat(ENGINE.evaluate(Rule.dailyPractice(5, 7), facts, LOTT_28).kind()).isEqualTo(Verdict.Kind.ELIGIBLE);
        assertThat(ENGINE.evaluate(Rule.dailyPractice(6, 7), facts, LOTT_28).missing())
                .containsExactly(new Missing.Practice(6, 7, 5));
        assertThat(ENGINE.evaluate(Rule.dailyPractice(), facts, LOTT_28).missing())
                .containsExactly(new Missing.Practice(20, 30, 4));
    }

    @Test
    void aStaffOverrideAlwaysCounts() {
        MemberFacts overridden = new MemberFacts(Map.of(), Map.of(), Map.of(), false, true);
        assertThat(ENGINE.evaluate(SeedRules.BY_PROGRAM.get("TEACHER-TRAINING"), overridden, LOTT_28).kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
    }

    @Test
    void anApprovedApplicationOpensScip() {
        MemberFacts approved = new MemberFacts(Map.of(), Map.of(), Map.of(), true, false);
        assertThat(ENGINE.evaluate(SeedRules.BY_PROGRAM.get("SCIP-1"), approved, LOTT_28).kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
    }

    @Test
    void monthEndsClampLikeTheCalendar() {
        Rule twoMonths = Rule.completed("SILENT-RETREAT", 2);
        MemberFacts dec31 = facts(Map.of("SILENT-RETREAT", List.of(d(2026, 12, 31))), Map.of(), 0);

        // Dec 31 + 2 months = Feb 28 (2027 is no leap year)
        assertThat(ENGINE.evaluate(twoMonths, dec31, d(2027, 2, 28)).kind()).isEqualTo(Verdict.Kind.ELIGIBLE);
        assertThat(ENGINE.evaluate(twoMonths, dec31, d(2027, 2, 27)).kind()).isEqualTo(Verdict.Kind.NOT_YET);
        // and in a leap year Dec 31 + 2 months = Feb 29
        MemberFacts dec31Leap = facts(Map.of("SILENT-RETREAT", List.of(d(2027, 12, 31))), Map.of(), 0);
        assertThat(ENGINE.evaluate(twoMonths, dec31Leap, d(2028, 2, 29)).kind()).isEqualTo(Verdict.Kind.ELIGIBLE);
        assertThat(ENGINE.evaluate(twoMonths, dec31Leap, d(2028, 2, 28)).kind()).isEqualTo(Verdict.Kind.NOT_YET);
    }

    @Test
    void theDeadlineIsTheLastDayThatIsEarlyEnough() {
        assertThat(EligibilityEngine.latestCompletionDay(2, d(2027, 2, 28))).isEqualTo(d(2026, 12, 31));
        assertThat(EligibilityEngine.latestCompletionDay(2, d(2026, 4, 7))).isEqualTo(d(2026, 2, 7));
        assertThat(EligibilityEngine.latestCompletionDay(0, d(2026, 4, 7))).isEqualTo(d(2026, 4, 7));
    }

    static MemberFacts facts(Map<String, List<LocalDate>> completed, Map<String, List<LocalDate>> planned, int practice) {
        return new MemberFacts(completed, planned, Map.of(30, practice), false, false);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** A compact spelling of a verdict for the table: kind, then the date or the kinds of what is missing. */
    static String describe(Verdict verdict) {
        return switch (verdict.kind()) {
            case ELIGIBLE -> "ELIGIBLE";
            case ELIGIBLE_FROM -> "ELIGIBLE_FROM " + verdict.eligibleFrom();
            case NOT_YET -> "NOT_YET " + String.join(" ", verdict.missing().stream().map(EligibilityEngineTest::word).toList());
        };
    }

    private static String word(Missing missing) {
        if (missing instanceof Missing.Completion completion) {
            return "completion " + completion.deadline();
        }
        if (missing instanceof Missing.OneOf) {
            return "oneOf";
        }
        return missing instanceof Missing.Practice ? "practice" : "application";
    }
}

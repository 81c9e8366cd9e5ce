package org.centerformsc.portal.eligibility.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.eligibility.RuleFormat;
import org.centerformsc.portal.eligibility.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws the engine keeps for any rule and any member, checked on generated rules and facts. */
class EligibilityPropertiesTest {

    private static final List<String> PROGRAMS = List.of("MSC", "LOMSC", "MSC-INTENSIVE", "SILENT-RETREAT", "SCHC");
    private static final EligibilityEngine ENGINE = new EligibilityEngine(20, 30);

    @Property(tries = 300)
    void addingACompletionNeverMakesAMemberLessEligible(@ForAll("rules") Rule rule, @ForAll("facts") MemberFacts facts,
                                                         @ForAll("days") LocalDate start,
                                                         @ForAll("programs") String program,
                                                         @ForAll("days") LocalDate completedOn) {
        Map<String, List<LocalDate>> more = new HashMap<>(facts.completed());
        List<LocalDate> days = new ArrayList<>(more.getOrDefault(program, List.of()));
        days.add(completedOn);
        more.put(program, days);
        MemberFacts richer = new MemberFacts(more, facts.planned(), facts.practiceDays(), facts.applicationApproved(),
                facts.overridden());

        Verdict before = ENGINE.evaluate(rule, facts, start);
        Verdict after = ENGINE.evaluate(rule, richer, start);

        assertThat(after.isAtLeastAsGoodAs(before)).as("%s then %s", before, after).isTrue();
    }

    @Property(tries = 200)
    void anyOfOneChildEqualsTheChild(@ForAll("rules") Rule rule, @ForAll("facts") MemberFacts facts,
                                     @ForAll("days") LocalDate start) {
        assertThat(ENGINE.evaluate(new Rule.AnyOf(List.of(rule)), facts, start))
                .isEqualTo(ENGINE.evaluate(rule, facts, start));
    }

    @Property(tries = 200)
    void allOfOneChildEqualsTheChild(@ForAll("rules") Rule rule, @ForAll("facts") MemberFacts facts,
                                     @ForAll("days") LocalDate start) {
        assertThat(ENGINE.evaluate(new Rule.AllOf(List.of(rule)), facts, start))
                .isEqualTo(ENGINE.evaluate(rule, facts, start));
    }

    @Property(tries = 200)
    void morePracticeNeverHurts(@ForAll("rules") Rule rule, @ForAll("facts") MemberFacts facts,
                                @ForAll("days") LocalDate start) {
        MemberFacts practised = new MemberFacts(facts.completed(), facts.planned(), Map.of(30, 30), facts.applicationApproved(),
                facts.overridden());
        assertThat(ENGINE.evaluate(rule, practised, start).isAtLeastAsGoodAs(ENGINE.evaluate(rule, facts, start)))
                .isTrue();
    }

    @Property(tries = 200)
    void rulesSurviveTheirJsonForm(@ForAll("rules") Rule rule) {
        assertThat(RuleFormat.read(RuleFormat.toJson(rule))).isEqualTo(rule);
    }

    @Provide
    Arbitrary<String> programs() {
        return Arbitraries.of(PROGRAMS);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3 * 365).map(offset -> LocalDate.of(2025, 1, 1).plusDays(offset));
    }

    @Provide
    Arbitrary<Rule> rules() {
        return rule(3);
    }

    private Arbitrary<Rule> rule(int depth) {
        Arbitrary<Rule> leaf = Arbitraries.oneOf(
                Combinators.combine(programs(), Arbitraries.integers().between(0, 6).injectNull(0.3))
                        .as((program, months) -> (Rule) new Rule.Completed(program, months)),
                Arbitraries.just(Rule.dailyPractice()),
                Arbitraries.just(Rule.approvedApplication()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<List<Rule>> children = Arbitraries.lazy(() -> rule(depth - 1)).list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements(RuleFormat::toJson);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, children.map(list -> (Rule) new Rule.AllOf(list))),
                net.jqwik.api.Tuple.of(1, children.map(list -> (Rule) new Rule.AnyOf(list))));
    }

    @Provide
    Arbitrary<MemberFacts> facts() {
        Arbitrary<Map<String, List<LocalDate>>> dated = Arbitraries.maps(programs(), days().list().ofMaxSize(2))
                .ofMaxSize(3);
        return Combinators.combine(dated, dated, Arbitraries.integers().between(0, 30), Arbitraries.of(true, false))
                .as((completed, planned, practice, approved) -> new MemberFacts(completed, planned, Map.of(30, practice), approved,
                        false));
    }
}

package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.centerformsc.portal.base.Caches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Rules on MariaDB: checked before they are saved, refused with the path to the wrong part, every change audited. */
@IntegrationTest
class PrerequisiteServiceTest {

    @Autowired
    PrerequisiteService prerequisites;

    @Autowired
    CacheManager caches;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySaveAndClearIsAuditedWithWhoWhenBeforeAndAfter() {
        Programs p = programs();
        OAuth2AuthenticationToken staff = TestLogins.signedUp(members, "Rita Rules", Roles.STAFF);
        Rule first = Rule.allOf(Rule.completed(p.base), Rule.dailyPractice());
        Rule second = Rule.anyOf(Rule.completed(p.base, 2), Rule.dailyPractice(10, 14));

        TestLogins.as(staff, () -> run(() -> prerequisites.save(p.advanced, first)));
        TestLogins.as(staff, () -> run(() -> prerequisites.save(p.advanced, first)));
        TestLogins.as(staff, () -> run(() -> prerequisites.save(p.advanced, second)));
        TestLogins.as(staff, () -> run(() -> prerequisites.clear(p.advanced)));
        TestLogins.as(staff, () -> run(() -> prerequisites.clear(p.advanced)));

        assertThat(prerequisites.ruleOf(p.advanced)).isEmpty();
        List<RuleChange> history = asStaff(() -> prerequisites.history(p.advanced, 0, 10));
        assertThat(history).extracting(RuleChange::before, RuleChange::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(second, null),
                org.assertj.core.groups.Tuple.tuple(first, second),
                org.assertj.core.groups.Tuple.tuple(null, first));
        assertThat(history).allSatisfy(change -> {
            assertThat(change.changedBy()).startsWith("Rita Rules (");
            assertThat(change.changedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        });
        assertThat(asStaff(() -> prerequisites.countHistory(p.advanced))).isEqualTo(3);
        assertThat(asStaff(() -> prerequisites.history(p.advanced, 2, 2))).extracting(RuleChange::after)
                .containsExactly(first);
        assertThat(jdbc.queryForObject("SELECT after_json FROM prerequisite_rule_audit WHERE program_code = ?"
                + " AND before_json IS NULL", String.class, p.advanced))
                .isEqualTo("{\"allOf\":[{\"completed\":\"" + p.base + "\"},{\"dailyPractice\":{}}]}");
    }

    @Test
    void rulesStoredBeforeTheEditorStillReadAndADailyPracticeKeepsItsOwnNumbers() {
        Programs p = programs();
        jdbc.update("INSERT INTO prerequisite_rule (program_code, rule_json, updated_at, updated_by)"
                        + " VALUES (?, ?, NOW(6), 'before the editor')", p.advanced,
                "{\"allOf\":[{\"anyOf\":[{\"completed\":\"" + p.base + "\"}]},{\"dailyPractice\":{}}]}");
        // written past the service, as a migration would: the portal reads it once its cache is emptied
        caches.getCache(Caches.PREREQUISITE_RULES).clear();

        assertThat(prerequisites.ruleOf(p.advanced)).contains(Rule.allOf(Rule.anyOf(Rule.completed(p.base)),
                Rule.dailyPractice()));

        asStaff(() -> run(() -> prerequisites.save(p.advanced, Rule.dailyPractice(5, 7))));
        assertThat(prerequisites.ruleOf(p.advanced)).contains(Rule.dailyPractice(5, 7));
        assertThat(jdbc.queryForObject("SELECT rule_json FROM prerequisite_rule WHERE program_code = ?", String.class,
                p.advanced)).isEqualTo("{\"dailyPractice\":{\"days\":5,\"windowDays\":7}}");
    }

    @Test
    void aWrongRuleIsRefusedWithThePathToTheWrongPartAndNothingIsStored() {
        record Case(Rule rule, List<Integer> path, RuleRefused.Field field, String key) {
        }
        Programs p = programs();
        Rule saved = Rule.completed(p.base);
        asStaff(() -> run(() -> prerequisites.save(p.advanced, saved)));
        List<Case> cases = List.of(
                new Case(Rule.allOf(Rule.dailyPractice(), Rule.completed(null)), List.of(1),
                        RuleRefused.Field.PROGRAM, "rules.refused.program"),
                new Case(Rule.allOf(Rule.dailyPractice(), Rule.completed("NO-SUCH-PROGRAM")), List.of(1),
                        RuleRefused.Field.PROGRAM, "rules.refused.program.unknown"),
                new Case(Rule.anyOf(Rule.completed(p.advanced)), List.of(0), RuleRefused.Field.PROGRAM,
                        "rules.refused.program.self"),
                new Case(Rule.allOf(Rule.anyOf(Rule.completed(p.base), Rule.completed(p.base, 61))), List.of(0, 1),
                        RuleRefused.Field.MONTHS, "rules.refused.months"),
                new Case(Rule.completed(p.base, -1), List.of(), RuleRefused.Field.MONTHS, "rules.refused.months"),
                new Case(Rule.allOf(Rule.approvedApplication(), Rule.dailyPractice(31, 30)), List.of(1),
                        RuleRefused.Field.DAYS, "rules.refused.days"),
                new Case(Rule.dailyPractice(0, 30), List.of(), RuleRefused.Field.DAYS, "rules.refused.days"),
                new Case(new Rule.DailyPractice(new Rule.Practice(40, null)), List.of(), RuleRefused.Field.DAYS,
                        "rules.refused.days"),
                new Case(Rule.dailyPractice(20, 366), List.of(), RuleRefused.Field.WINDOW, "rules.refused.window"),
                new Case(Rule.dailyPractice(1, 0), List.of(), RuleRefused.Field.WINDOW, "rules.refused.window"),
                new Case(Rule.allOf(Rule.completed(p.base), new Rule.AnyOf(List.of())), List.of(1),
                        RuleRefused.Field.CONDITIONS, "rules.refused.empty"),
                new Case(new Rule.AllOf(List.of()), List.of(), RuleRefused.Field.CONDITIONS, "rules.refused.empty"),
                new Case(Rule.anyOf(Rule.completed(p.base), Rule.completed(p.base)), List.of(1),
                        RuleRefused.Field.CONDITION, "rules.refused.twice"),
                new Case(new Rule.AnyOf(Collections.nCopies(21, Rule.approvedApplication())), List.of(),
                        RuleRefused.Field.CONDITIONS, "rules.refused.many"),
                new Case(nested(6), List.of(0, 0, 0, 0, 0, 0), RuleRefused.Field.CONDITION, "rules.refused.depth"));

        for (Case bad : cases) {
            assertThatThrownBy(() -> asStaff(() -> run(() -> prerequisites.save(p.advanced, bad.rule()))))
                    .as(bad.key() + " " + bad.path())
                    .isInstanceOfSatisfying(RuleRefused.class, refused -> {
                        assertThat(refused.path()).as(bad.key()).isEqualTo(bad.path());
                        assertThat(refused.field()).as(bad.key()).isEqualTo(bad.field());
                        assertThat(refused.messageKey()).isEqualTo(bad.key());
                    });
        }
        assertThat(prerequisites.ruleOf(p.advanced)).contains(saved);
        assertThat(asStaff(() -> prerequisites.countHistory(p.advanced))).isEqualTo(1);
    }

    @Test
    void aGroupWithOneConditionAndTheLimitsThemselvesAreFine() {
        Programs p = programs();
        Rule atTheLimits = Rule.allOf(Rule.anyOf(Rule.completed(p.base, 60)), Rule.dailyPractice(365, 365),
                Rule.completed(p.base, 0));

        asStaff(() -> run(() -> prerequisites.save(p.advanced, atTheLimits)));

        assertThat(prerequisites.ruleOf(p.advanced)).contains(atTheLimits);
    }

    @Test
    void onlyStaffEditRulesOrReadTheirHistory() {
        Programs p = programs();
        OAuth2AuthenticationToken teacher = TestLogins.signedUp(members, "Theo Teacher", Roles.TEACHER);
        List<Supplier<?>> attempts = List.of(
                () -> run(() -> prerequisites.save(p.advanced, Rule.completed(p.base))),
                () -> run(() -> prerequisites.clear(p.advanced)),
                () -> prerequisites.history(p.advanced, 0, 10),
                () -> prerequisites.countHistory(p.advanced));

        for (Supplier<?> attempt : attempts) {
            assertThatThrownBy(() -> TestLogins.as(teacher, attempt)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(prerequisites.ruleOf(p.advanced)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prerequisite_rule_audit WHERE program_code = ?",
                Long.class, p.advanced)).isZero();
    }

    private static Rule nested(int groups) {
        Rule rule = Rule.approvedApplication();
        for (int level = 0; level < groups; level++) {
            rule = Rule.allOf(rule);
        }
        return rule;
    }

    private record Programs(String base, String advanced) {
    }

    private Programs programs() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Programs programs = new Programs("PS-BASE-" + suffix, "PS-ADV-" + suffix);
        TestOffering.offering().program(programs.base()).create(catalog);
        TestOffering.offering().program(programs.advanced()).create(catalog);
        return programs;
    }

    private static Void run(Runnable work) {
        work.run();
        return null;
    }

    private static <T> T asStaff(Supplier<T> work) {
        return TestLogins.asStaff(work);
    }
}

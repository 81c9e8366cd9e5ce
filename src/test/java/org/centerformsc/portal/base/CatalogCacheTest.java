package org.centerformsc.portal.base;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.ProgramDraft;
import org.centerformsc.portal.catalog.ProgramLevel;
import org.centerformsc.portal.catalog.ProgramService;
import org.centerformsc.portal.catalog.ProgramSummary;
import org.centerformsc.portal.development.dataset.CountedStatements;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's reference data is read once and forgotten by every change made through its services (decision 026). */
@IntegrationTest
class CatalogCacheTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    ProgramService programs;

    @Autowired
    PrerequisiteService prerequisites;

    @Test
    void programsAreReadOnceUntilStaffAddOne() {
        catalog.programs();
        assertThat(statementsOf(catalog::programs)).isZero();
        assertThat(statementsOf(catalog::programNames)).isLessThanOrEqualTo(1);
        assertThat(statementsOf(catalog::programNames)).isZero();

        String code = code("CACHE");
        TestLogins.asStaff(() -> programs.create(new ProgramDraft(code, "Cached program", "About it", null,
                Set.of("en"), ProgramLevel.CORE)));

        assertThat(catalog.programs()).extracting(ProgramSummary::code).contains(code);
        assertThat(catalog.programNames()).containsEntry(code, "Cached program");
    }

    @Test
    void aNewOfferingCountsForItsProgramAndItsLanguageAtOnce() {
        String program = code("COUNT");
        TestOffering.offering().program(program).language("sv").create(catalog);
        long before = countOf(program);
        catalog.offeringLanguages();
        assertThat(statementsOf(catalog::offeringLanguages)).isZero();

        TestOffering.offering().program(program).language("ja").create(catalog);

        assertThat(countOf(program)).isEqualTo(before + 1);
        assertThat(catalog.offeringLanguages()).contains("sv", "ja");
    }

    @Test
    void aSavedRuleBindsAtOnceAndIsReadOnce() {
        String base = code("BASE");
        String advanced = code("ADV");
        TestOffering.offering().program(base).create(catalog);
        TestOffering.offering().program(advanced).create(catalog);
        assertThat(prerequisites.ruleOf(advanced)).isEmpty();

        TestLogins.asStaff(() -> {
            prerequisites.save(advanced, Rule.completed(base));
            return null;
        });

        assertThat(prerequisites.ruleOf(advanced)).contains(Rule.completed(base));
        assertThat(statementsOf(() -> prerequisites.rulesOf(Set.of(advanced, base)))).isZero();
        assertThat(prerequisites.rulesOf(Set.of(advanced, base))).containsOnlyKeys(advanced);

        TestLogins.asStaff(() -> {
            prerequisites.clear(advanced);
            return null;
        });

        assertThat(prerequisites.ruleOf(advanced)).isEmpty();
    }

    private long countOf(String program) {
        return catalog.programs().stream().filter(summary -> summary.code().equals(program)).findFirst()
                .orElseThrow().offeringCount();
    }

    private static long statementsOf(Supplier<?> call) {
        CountedStatements.reset();
        call.get();
        return CountedStatements.count();
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}

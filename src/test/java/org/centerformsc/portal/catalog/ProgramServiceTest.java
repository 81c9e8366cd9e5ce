package org.centerformsc.portal.catalog;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Programs on MariaDB: staff create, describe, archive and restore them; the code never changes. */
@IntegrationTest
class ProgramServiceTest {

    @Autowired
    ProgramService programs;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffCreateAProgramAndEditEverythingButItsCode() {
        String code = code();
        ProgramDetails created = asStaff(() -> programs.create(new ProgramDraft(code, "  Mindful Teens  ",
                "MSC for teenagers.", null, Set.of("es", "en"), ProgramLevel.CORE)));

        assertThat(created).isEqualTo(new ProgramDetails(code, "Mindful Teens", "MSC for teenagers.", null,
                List.of("en", "es"), ProgramLevel.CORE, ProgramStatus.ACTIVE));

        asStaff(() -> programs.update(new ProgramDraft(code, "Mindful Teens (advanced)", "For those who took it.",
                "Eight sessions.\n\nFor teenagers who completed the core course.", Set.of("ja", "de"),
                ProgramLevel.ADVANCED)));

        assertThat(programs.program(code)).contains(new ProgramDetails(code, "Mindful Teens (advanced)",
                "For those who took it.", "Eight sessions.\n\nFor teenagers who completed the core course.",
                List.of("de", "ja"), ProgramLevel.ADVANCED, ProgramStatus.ACTIVE));
        assertThat(catalog.programNames()).containsEntry(code, "Mindful Teens (advanced)");
        assertThat(jdbc.queryForList("SELECT language FROM program_language pl JOIN program p ON p.id = pl.program_id"
                + " WHERE p.code = ? ORDER BY language", String.class, code)).containsExactly("de", "ja");
    }

    @Test
    void aDuplicateCodeIsRefusedAndTheFirstProgramStaysAsItWas() {
        String code = code();
        asStaff(() -> programs.create(draft(code, "First")));

        assertThatThrownBy(() -> asStaff(() -> programs.create(draft(code, "Second"))))
                .isInstanceOfSatisfying(ProgramRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("code");
                    assertThat(refused.messageKey()).isEqualTo("program.refused.taken");
                });
        assertThat(programs.program(code).orElseThrow().title()).isEqualTo("First");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        record Case(ProgramDraft draft, String field, String key) {
        }
        String code = code();
        List<Case> cases = List.of(
                new Case(draft("mindful teens", "Title"), "code", "program.refused.code"),
                new Case(draft("X", "Title"), "code", "program.refused.code"),
                new Case(draft("-DASH", "Title"), "code", "program.refused.code"),
                new Case(draft("A".repeat(41), "Title"), "code", "program.refused.code"),
                new Case(draft(null, "Title"), "code", "program.refused.code"),
                new Case(draft(code, " "), "title", "program.refused.title"),
                new Case(draft(code, "t".repeat(201)), "title", "program.refused.title"),
                new Case(new ProgramDraft(code, "Title", "", null, Set.of("en"), ProgramLevel.CORE), "summary",
                        "program.refused.summary"),
                new Case(new ProgramDraft(code, "Title", "s".repeat(2001), null, Set.of("en"), ProgramLevel.CORE),
                        "summary", "program.refused.summary"),
                new Case(new ProgramDraft(code, "Title", "Short", "d".repeat(10_001), Set.of("en"), ProgramLevel.CORE),
                        "description", "program.refused.description"),
                new Case(new ProgramDraft(code, "Title", "Short", null, Set.of(), ProgramLevel.CORE), "languages",
                        "program.refused.languages"),
                new Case(new ProgramDraft(code, "Title", "Short", null, Set.of("en", "pt"), ProgramLevel.CORE),
                        "languages", "program.refused.languages"),
                new Case(new ProgramDraft(code, "Title", "Short", null, Set.of("en"), null), "level",
                        "program.refused.level"));

        for (Case bad : cases) {
            assertThatThrownBy(() -> asStaff(() -> programs.create(bad.draft()))).as(bad.key())
                    .isInstanceOfSatisfying(ProgramRefused.class, refused -> {
                        assertThat(refused.field()).as(bad.key()).isEqualTo(bad.field());
                        assertThat(refused.messageKey()).isEqualTo(bad.key());
                    });
        }
        assertThat(programs.program(code)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE code = ?", Long.class, code)).isZero();
    }

    @Test
    void anEditThatIsRefusedLeavesTheProgramAsItWas() {
        String code = code();
        asStaff(() -> programs.create(draft(code, "Kept")));

        assertThatThrownBy(() -> asStaff(() -> programs.update(new ProgramDraft(code, "Changed", "Short", null,
                Set.of(), ProgramLevel.ADVANCED)))).isInstanceOf(ProgramRefused.class);
        assertThatThrownBy(() -> asStaff(() -> programs.update(draft("NO-SUCH-" + code, "Ghost"))))
                .isInstanceOfSatisfying(ProgramRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("program.refused.unknown"));

        ProgramDetails kept = programs.program(code).orElseThrow();
        assertThat(kept.title()).isEqualTo("Kept");
        assertThat(kept.level()).isEqualTo(ProgramLevel.CORE);
        assertThat(kept.languages()).containsExactly("en");
    }

    @Test
    void anArchivedProgramTakesNoNewOfferingsKeepsItsOldOnesAndCanBeRestored() {
        String code = code();
        OfferingId kept = TestOffering.offering().program(code).create(catalog);
        assertThat(programs.isActive(code)).isTrue();

        ProgramDetails archived = asStaff(() -> programs.archive(code));

        assertThat(archived.status()).isEqualTo(ProgramStatus.ARCHIVED);
        assertThat(programs.isActive(code)).isFalse();
        assertThat(catalog.offering(kept)).isPresent();
        assertThatThrownBy(() -> TestOffering.offering().program(code).create(catalog))
                .isInstanceOfSatisfying(ProgramRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("program.refused.archived"));
        assertThat(asStaff(() -> programs.programs(ProgramStatus.ARCHIVED, 0, 1000)))
                .extracting(ProgramDetails::code).contains(code);
        assertThat(asStaff(() -> programs.programs(ProgramStatus.ACTIVE, 0, 1000)))
                .extracting(ProgramDetails::code).doesNotContain(code);

        asStaff(() -> programs.restore(code));

        assertThat(programs.isActive(code)).isTrue();
        assertThat(TestOffering.offering().program(code).create(catalog)).isNotNull();
        assertThat(programs.isActive("NO-SUCH-PROGRAM")).isFalse();
    }

    @Test
    void theStaffListIsPagedByTitleAndCountedPerStatus() {
        // "!" sorts before the letters and digits other tests' titles start with
        String prefix = "!" + UUID.randomUUID().toString().substring(0, 4);
        long before = asStaff(() -> programs.countPrograms(null));
        long archivedBefore = asStaff(() -> programs.countPrograms(ProgramStatus.ARCHIVED));
        List<String> codes = new ArrayList<>();
        for (String title : List.of("C", "A", "B")) {
            String code = code();
            codes.add(code);
            asStaff(() -> programs.create(draft(code, prefix + title)));
        }
        asStaff(() -> programs.archive(codes.get(0)));

        assertThat(asStaff(() -> programs.countPrograms(null))).isEqualTo(before + 3);
        assertThat(asStaff(() -> programs.countPrograms(ProgramStatus.ARCHIVED))).isEqualTo(archivedBefore + 1);
        assertThat(asStaff(() -> programs.programs(null, 0, 2))).extracting(ProgramDetails::title)
                .containsExactly(prefix + "A", prefix + "B");
        assertThat(asStaff(() -> programs.programs(null, 2, 2))).extracting(ProgramDetails::title)
                .first().isEqualTo(prefix + "C");
    }

    @Test
    void onlyStaffKeepPrograms() {
        String code = code();
        asStaff(() -> programs.create(draft(code, "Staff only")));
        OAuth2AuthenticationToken teacher = TestLogins.signedUp(members, "Tess Teacher", Roles.TEACHER);
        List<Supplier<?>> attempts = List.of(
                () -> programs.create(draft(code(), "Mine")),
                () -> programs.update(draft(code, "Mine now")),
                () -> programs.archive(code),
                () -> programs.restore(code),
                () -> programs.programs(null, 0, 10),
                () -> programs.countPrograms(null));

        for (Supplier<?> attempt : attempts) {
            assertThatThrownBy(() -> TestLogins.as(teacher, attempt)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(programs.program(code).orElseThrow().title()).isEqualTo("Staff only");
    }

    private static ProgramDraft draft(String code, String title) {
        return new ProgramDraft(code, title, "About " + title, null, Set.of("en"), ProgramLevel.CORE);
    }

    private static String code() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static <T> T asStaff(Supplier<T> work) {
        return TestLogins.asStaff(work);
    }
}

package org.centerformsc.portal.catalog;

import org.centerformsc.portal.catalog.domain.Program;
import org.centerformsc.portal.catalog.domain.ProgramRepository;
import org.centerformsc.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.centerformsc.portal.base.Caches;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff keep the programs: create, describe, archive (no new offerings; existing ones stay) and restore. The
 * code is typed once and never changes, because rules, completions and offerings name programs by it.
 * See docs/decisions/013.
 */
@Service
public class ProgramService {

    /** The portal's languages (BCP-47) in the portal's order: the languages a program can be taught in. */
    public static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "nl", "sv", "zh", "ja");
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_DESCRIPTION = 10_000;
    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";

    private final ProgramRepository programs;

    ProgramService(ProgramRepository programs) {
        this.programs = programs;
    }

    /** One page of the programs, by title; {@code status} null means all of them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<ProgramDetails> programs(ProgramStatus status, int offset, int limit) {
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size);
        List<Program> found = status == null ? programs.findAllByOrderByNameAscIdAsc(page)
                : programs.findByStatusOrderByNameAscIdAsc(status, page);
        return found.stream().map(ProgramService::details).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countPrograms(ProgramStatus status) {
        return status == null ? programs.count() : programs.countByStatus(status);
    }

    @Transactional(readOnly = true)
    public Optional<ProgramDetails> program(String code) {
        return code == null ? Optional.empty() : programs.findByCode(code).map(ProgramService::details);
    }

    /** Code to title of the programs new offerings may be planned for (not archived), by title: the offering form. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.TEACHER + "')")
    public java.util.Map<String, String> activeProgramTitles() {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        programs.findByStatusOrderByNameAscIdAsc(ProgramStatus.ACTIVE, Pageable.unpaged())
                .forEach(program -> titles.put(program.getCode(), program.getName()));
        return titles;
    }

    /** Whether new offerings of this program may be scheduled: it exists and is not archived. */
    @Transactional(readOnly = true)
    public boolean isActive(String code) {
        return code != null && programs.findByCode(code).map(Program::isActive).orElse(false);
    }

    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public ProgramDetails create(ProgramDraft draft) {
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!code.matches(CODE)) {
            throw new ProgramRefused("code", "program.refused.code");
        }
        if (programs.existsByCode(code)) {
            throw new ProgramRefused("code", "program.refused.taken");
        }
        Checked checked = check(draft);
        return details(programs.save(new Program(code, checked.title, checked.summary, checked.description,
                checked.languages, checked.level)));
    }

    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public ProgramDetails update(ProgramDraft draft) {
        Program program = find(draft.code());
        Checked checked = check(draft);
        program.describe(checked.title, checked.summary, checked.description, checked.languages, checked.level);
        return details(program);
    }

    /** A program's translations by language (no English: that is the original). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public java.util.Map<String, ProgramTranslation> translations(String code) {
        java.util.Map<String, ProgramTranslation> found = new java.util.TreeMap<>();
        find(code).getTranslations().forEach((language, text) -> found.put(language,
                new ProgramTranslation(text.getName(), text.getSummary())));
        return found;
    }

    /**
     * Replaces a program's translations. A language given both fields empty has none; one field without the other,
     * or one too long, is refused and nothing changes.
     */
    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void translate(String code, java.util.Map<String, ProgramTranslation> byLanguage) {
        Program program = find(code);
        java.util.Map<String, org.centerformsc.portal.catalog.domain.ProgramText> kept = new java.util.HashMap<>();
        byLanguage.forEach((language, text) -> {
            String title = stripped(text == null ? null : text.title());
            String summary = stripped(text == null ? null : text.summary());
            if (title == null && summary == null) {
                return;
            }
            if (!LANGUAGES.contains(language) || language.equals("en") || title == null || summary == null
                    || title.length() > MAX_TITLE || summary.length() > MAX_SUMMARY) {
                throw new ProgramRefused("translation-" + language, "program.refused.translation");
            }
            kept.put(language, new org.centerformsc.portal.catalog.domain.ProgramText(title, summary));
        });
        program.translate(kept);
    }

    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public ProgramDetails archive(String code) {
        Program program = find(code);
        program.archive();
        return details(program);
    }

    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public ProgramDetails restore(String code) {
        Program program = find(code);
        program.restore();
        return details(program);
    }

    private Program find(String code) {
        return programs.findByCode(code == null ? "" : code)
                .orElseThrow(() -> new ProgramRefused("code", "program.refused.unknown"));
    }

    private record Checked(String title, String summary, String description, Set<String> languages,
                           ProgramLevel level) {
    }

    private static Checked check(ProgramDraft draft) {
        String title = stripped(draft.title());
        if (title == null || title.length() > MAX_TITLE) {
            throw new ProgramRefused("title", "program.refused.title");
        }
        String summary = stripped(draft.summary());
        if (summary == null || summary.length() > MAX_SUMMARY) {
            throw new ProgramRefused("summary", "program.refused.summary");
        }
        String description = stripped(draft.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new ProgramRefused("description", "program.refused.description");
        }
        Set<String> languages = draft.languages() == null ? Set.of() : Set.copyOf(draft.languages());
        if (languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
            throw new ProgramRefused("languages", "program.refused.languages");
        }
        if (draft.level() == null) {
            throw new ProgramRefused("level", "program.refused.level");
        }
        return new Checked(title, summary, description, languages, draft.level());
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ProgramDetails details(Program program) {
        List<String> languages = LANGUAGES.stream().filter(program.getLanguages()::contains).toList();
        return new ProgramDetails(program.getCode(), program.getName(), program.getSummary(),
                program.getDescription(), languages, program.getLevel(), program.getStatus());
    }
}

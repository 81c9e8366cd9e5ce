package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRule;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRuleAudit;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRuleAuditRepository;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRuleRepository;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.practice.PracticeSettings;
import org.centerformsc.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.centerformsc.portal.base.Caches;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The programs' prerequisite rules: read by the engine, edited by staff, checked before they are saved and audited
 * in the same transaction as each change (docs/decisions/006, 013).
 */
@Service
public class PrerequisiteService {

    private final PrerequisiteRuleRepository rules;
    private final PrerequisiteRuleAuditRepository audit;
    private final CatalogService catalog;
    private final MemberService members;
    private final PracticeSettings practice;
    private final Clock clock;
    private final RuleBook ruleBook;

    PrerequisiteService(PrerequisiteRuleRepository rules, PrerequisiteRuleAuditRepository audit,
                        CatalogService catalog, MemberService members, PracticeSettings practice,
                        Clock clock, RuleBook ruleBook) {
        this.ruleBook = ruleBook;
        this.rules = rules;
        this.audit = audit;
        this.catalog = catalog;
        this.members = members;
        this.practice = practice;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Rule> ruleOf(String programCode) {
        return Optional.ofNullable(ruleBook.all().get(programCode));
    }

    /** The rules of these programs, in one read; programs open to all are absent. */
    @Transactional(readOnly = true)
    public Map<String, Rule> rulesOf(Collection<String> programCodes) {
        Map<String, Rule> all = ruleBook.all();
        return Set.copyOf(programCodes).stream().filter(all::containsKey)
                .collect(Collectors.toMap(code -> code, all::get));
    }

    /**
     * Saves a program's rule after checking it, and audits the change; a rule equal to the saved one changes
     * nothing.
     *
     * @throws RuleRefused at the first wrong part of the rule; nothing is stored then
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    @CacheEvict(cacheNames = Caches.PREREQUISITE_RULES, allEntries = true)
    public void save(String programCode, Rule rule) {
        Set<String> programs = catalog.programNames().keySet();
        if (!programs.contains(programCode)) {
            throw new IllegalArgumentException("No program " + programCode);
        }
        new RuleCheck(programCode, programs, practice.requiredDays(), practice.windowDays()).check(rule);
        String json = RuleFormat.toJson(rule);
        Optional<PrerequisiteRule> saved = rules.findById(programCode);
        String before = saved.map(PrerequisiteRule::getRuleJson).orElse(null);
        if (json.equals(before)) {
            return;
        }
        Instant now = clock.instant();
        String by = members.actorName();
        saved.ifPresentOrElse(existing -> existing.change(json, by, now),
                () -> rules.save(new PrerequisiteRule(programCode, json, by, now)));
        audit.save(new PrerequisiteRuleAudit(programCode, now, by, before, json));
    }

    /** Removes a program's rule (it is then open to all), and audits the change. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    @CacheEvict(cacheNames = Caches.PREREQUISITE_RULES, allEntries = true)
    public void clear(String programCode) {
        rules.findById(programCode).ifPresent(rule -> {
            rules.delete(rule);
            audit.save(new PrerequisiteRuleAudit(programCode, clock.instant(), members.actorName(),
                    rule.getRuleJson(), null));
        });
    }

    /** For seeding: leaves a rule staff already saved alone. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    @CacheEvict(cacheNames = Caches.PREREQUISITE_RULES, allEntries = true)
    public void saveIfAbsent(String programCode, Rule rule) {
        if (!rules.existsById(programCode)) {
            save(programCode, rule);
        }
    }

    /** The changes to a program's rule, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<RuleChange> history(String programCode, int offset, int limit) {
        int size = Math.max(1, limit);
        return audit.findByProgramCodeOrderByChangedAtDescIdDesc(programCode, PageRequest.of(offset / size, size))
                .stream().map(change -> new RuleChange(change.getChangedAt(), change.getChangedBy(),
                        change.getBeforeJson() == null ? null : RuleFormat.read(change.getBeforeJson()),
                        change.getAfterJson() == null ? null : RuleFormat.read(change.getAfterJson())))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countHistory(String programCode) {
        return audit.countByProgramCode(programCode);
    }
}

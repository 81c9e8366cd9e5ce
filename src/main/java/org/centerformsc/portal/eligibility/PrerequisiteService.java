package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRule;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRuleRepository;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The programs' prerequisite rules: read by the engine, edited (and validated) by staff. */
@Service
public class PrerequisiteService {

    private final PrerequisiteRuleRepository rules;
    private final CatalogService catalog;
    private final MemberService members;
    private final Clock clock;

    PrerequisiteService(PrerequisiteRuleRepository rules, CatalogService catalog, MemberService members, Clock clock) {
        this.rules = rules;
        this.catalog = catalog;
        this.members = members;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Rule> ruleOf(String programCode) {
        return rules.findById(programCode).map(rule -> RuleFormat.read(rule.getRuleJson()));
    }

    /** The rules of these programs, in one read; programs open to all are absent. */
    @Transactional(readOnly = true)
    public Map<String, Rule> rulesOf(Collection<String> programCodes) {
        return rules.findAllById(Set.copyOf(programCodes)).stream().collect(Collectors.toMap(
                PrerequisiteRule::getProgramCode, rule -> RuleFormat.read(rule.getRuleJson())));
    }

    /** Every program with its rule as JSON (empty text: open to all). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<ProgramRule> all() {
        return catalog.programs().stream().map(program -> new ProgramRule(program.code(), program.name(),
                rules.findById(program.code()).map(PrerequisiteRule::getRuleJson).orElse(""))).toList();
    }

    /**
     * Saves a program's rule after validating it; blank JSON removes the rule (open to all).
     *
     * @throws RuleFormat.InvalidRule with every problem, when the rule cannot be saved
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void save(String programCode, String json) {
        if (!catalog.programNames().containsKey(programCode)) {
            throw new RuleFormat.InvalidRule(List.of("Unknown program \"" + programCode + "\"."));
        }
        if (json == null || json.isBlank()) {
            rules.deleteById(programCode);
            return;
        }
        String normalised = RuleFormat.toJson(RuleFormat.parse(json, programCode, catalog.programNames().keySet()));
        rules.findById(programCode).ifPresentOrElse(
                rule -> rule.change(normalised, members.actorName(), clock.instant()),
                () -> rules.save(new PrerequisiteRule(programCode, normalised, members.actorName(), clock.instant())));
    }

    /** For seeding: leaves a rule staff already saved alone. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void saveIfAbsent(String programCode, Rule rule) {
        if (!rules.existsById(programCode)) {
            save(programCode, RuleFormat.toJson(rule));
        }
    }
}

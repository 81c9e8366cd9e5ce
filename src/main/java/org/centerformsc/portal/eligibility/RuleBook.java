package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.base.Caches;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRule;
import org.centerformsc.portal.eligibility.domain.PrerequisiteRuleRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every program's prerequisite rule, read once and kept for minutes: the catalog judges each page of offerings
 * against them, and staff change them a few times a year ({@link PrerequisiteService} forgets them on every change,
 * docs/decisions/026).
 */
@Component
class RuleBook {

    private final PrerequisiteRuleRepository rules;

    RuleBook(PrerequisiteRuleRepository rules) {
        this.rules = rules;
    }

    @Cacheable(cacheNames = Caches.PREREQUISITE_RULES, key = "'all'")
    public Map<String, Rule> all() {
        return Map.copyOf(rules.findAll().stream().collect(Collectors.toMap(PrerequisiteRule::getProgramCode,
                rule -> RuleFormat.read(rule.getRuleJson()))));
    }
}

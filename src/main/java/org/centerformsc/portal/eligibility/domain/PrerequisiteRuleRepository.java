package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PrerequisiteRuleRepository extends JpaRepository<PrerequisiteRule, String> {
}

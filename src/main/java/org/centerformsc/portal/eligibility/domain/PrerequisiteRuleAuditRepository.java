package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PrerequisiteRuleAuditRepository extends JpaRepository<PrerequisiteRuleAudit, Long> {

    /** Newest first (index ix_rule_audit_program). */
    List<PrerequisiteRuleAudit> findByProgramCodeOrderByChangedAtDescIdDesc(String programCode, Pageable page);

    long countByProgramCode(String programCode);
}

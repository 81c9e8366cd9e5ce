package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CompletionAuditRepository extends JpaRepository<CompletionAudit, Long> {

    List<CompletionAudit> findAllByOrderByChangedAtDescIdDesc(Pageable page);

    List<CompletionAudit> findByCompletionIdOrderByIdAsc(long completionId);
}

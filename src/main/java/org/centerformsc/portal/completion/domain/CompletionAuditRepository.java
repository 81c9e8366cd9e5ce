package org.centerformsc.portal.completion.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CompletionAuditRepository extends JpaRepository<CompletionAudit, Long> {

    List<CompletionAudit> findByCompletionIdOrderByIdAsc(long completionId);
}

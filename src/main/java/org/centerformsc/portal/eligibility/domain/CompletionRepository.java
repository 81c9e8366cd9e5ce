package org.centerformsc.portal.eligibility.domain;

import org.centerformsc.portal.eligibility.CompletionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CompletionRepository extends JpaRepository<Completion, Long> {

    List<Completion> findByMemberIdOrderByCompletedOnDesc(long memberId);

    List<Completion> findByMemberIdAndStatus(long memberId, CompletionStatus status);

    List<Completion> findByStatusOrderByCreatedAtAsc(CompletionStatus status, Pageable page);

    long countByStatus(CompletionStatus status);

    Optional<Completion> findFirstByMemberIdAndOfferingId(long memberId, long offeringId);

    List<Completion> findByOfferingId(long offeringId);
}

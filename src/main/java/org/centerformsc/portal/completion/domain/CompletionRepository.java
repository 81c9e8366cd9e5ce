package org.centerformsc.portal.completion.domain;

import org.centerformsc.portal.completion.CompletionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CompletionRepository extends JpaRepository<Completion, Long> {

    List<Completion> findByMemberIdOrderByCompletedOnDesc(long memberId);

    List<Completion> findByMemberIdAndStatus(long memberId, CompletionStatus status);

    /** Program and day only: loading whole completions would load their certificates too. */
    @Query("""
            select c.programCode as programCode, c.completedOn as completedOn from Completion c
            where c.memberId = :memberId and c.status = 'VERIFIED'""")
    List<Day> findVerifiedDays(long memberId);

    List<Completion> findByStatusOrderByCreatedAtAsc(CompletionStatus status, Pageable page);

    long countByStatus(CompletionStatus status);

    Optional<Completion> findFirstByMemberIdAndOfferingId(long memberId, long offeringId);

    List<Completion> findByOfferingId(long offeringId);

    interface Day {
        String getProgramCode();

        LocalDate getCompletedOn();
    }
}

package org.centerformsc.portal.completion.domain;

import org.centerformsc.portal.completion.CompletionSource;
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

    /**
     * One page of the completions in a status, oldest first, without their certificates (a queue shows the file's
     * name; the file is read when it is downloaded). ix_completion_status orders them.
     */
    @Query("""
            select c.id as id, c.memberId as memberId, c.programCode as programCode, c.completedOn as completedOn,
                   c.source as source, c.status as status, c.organisation as organisation,
                   c.certificateName as certificateName, c.rejectionReason as rejectionReason
            from Completion c where c.status = :status order by c.createdAt, c.id""")
    List<Queued> findQueue(CompletionStatus status, Pageable page);

    /** A member's completions, latest first, without their certificates (My path lists them). */
    @Query("""
            select c.id as id, c.memberId as memberId, c.programCode as programCode, c.completedOn as completedOn,
                   c.source as source, c.status as status, c.organisation as organisation,
                   c.certificateName as certificateName, c.rejectionReason as rejectionReason
            from Completion c where c.memberId = :memberId order by c.completedOn desc""")
    List<Queued> findLinesOfMember(long memberId);

    long countByStatus(CompletionStatus status);

    Optional<Completion> findFirstByMemberIdAndOfferingId(long memberId, long offeringId);

    List<Completion> findByOfferingId(long offeringId);

    interface Queued {
        long getId();

        long getMemberId();

        String getProgramCode();

        LocalDate getCompletedOn();

        CompletionSource getSource();

        CompletionStatus getStatus();

        String getOrganisation();

        String getCertificateName();

        String getRejectionReason();
    }

    interface Day {
        String getProgramCode();

        LocalDate getCompletedOn();
    }
}

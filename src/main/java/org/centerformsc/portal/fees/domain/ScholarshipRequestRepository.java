package org.centerformsc.portal.fees.domain;

import org.centerformsc.portal.fees.ScholarshipStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ScholarshipRequestRepository extends JpaRepository<ScholarshipRequest, Long> {

    /** The member's latest request for the offering, whatever became of it. */
    Optional<ScholarshipRequest> findFirstByMemberIdAndOfferingIdOrderByRequestedAtDesc(long memberId,
                                                                                       long offeringId);

    /** Staff's queue: one page, oldest first. */
    List<ScholarshipRequest> findByStatusOrderByRequestedAtAsc(ScholarshipStatus status, Pageable page);

    long countByStatus(ScholarshipStatus status);

    /** Requests decided one way in [from, until). */
    @Query("""
            select count(r) from ScholarshipRequest r
            where r.status = :status and r.decidedAt >= :from and r.decidedAt < :until""")
    long countDecided(ScholarshipStatus status, Instant from, Instant until);
}

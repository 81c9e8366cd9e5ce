package org.centerformsc.portal.enrollment.domain;

import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    long countByOfferingIdAndStatus(long offeringId, EnrollmentStatus status);

    /** Seats taken: enrolled members and seats held while members pay. */
    @Query("""
            select count(e) from Enrollment e
            where e.offeringId = :offeringId and e.status in ('ENROLLED', 'HELD')""")
    long countTaken(long offeringId);

    /** Offerings with a held seat whose hold ended by then, for the expiry job. */
    @Query("""
            select distinct e.offeringId from Enrollment e
            where e.status = 'HELD' and e.holdExpiresAt <= :now""")
    List<Long> findOfferingsWithExpiredHolds(Instant now);

    @Query("""
            select e from Enrollment e
            where e.offeringId = :offeringId and e.status = 'HELD' and e.holdExpiresAt <= :now order by e.id""")
    List<Enrollment> findExpiredHolds(long offeringId, Instant now);
    @Query("""
            select e from Enrollment e
            where e.offeringId = :offeringId and e.memberId = :memberId and e.status <> 'WITHDRAWN'""")
    Optional<Enrollment> findActive(long offeringId, long memberId);

    /** Which of these members already hold a place (enrolled or waitlisted) in the offering. */
    @Query("""
            select e.memberId from Enrollment e
            where e.offeringId = :offeringId and e.memberId in :memberIds and e.status <> 'WITHDRAWN'""")
    List<Long> findActiveMembers(long offeringId, Collection<Long> memberIds);

    @Query("""
            select e from Enrollment e where e.memberId = :memberId and e.status <> 'WITHDRAWN'
            order by e.requestedAt""")
    List<Enrollment> findActiveOfMember(long memberId);

    /** The same places, each with its position in line (0 when not waiting), in one statement. */
    @Query("""
            select e, (select count(w) from Enrollment w where w.offeringId = e.offeringId
                         and w.status = 'WAITLISTED' and w.waitlistRank <= e.waitlistRank)
            from Enrollment e where e.memberId = :memberId and e.status <> 'WITHDRAWN'
            order by e.requestedAt""")
    List<Object[]> findActiveOfMemberWithPositions(long memberId);

    List<Enrollment> findByOfferingIdAndStatusOrderByIdAsc(long offeringId, EnrollmentStatus status);

    /** One page of an offering's places in these states, in the page's order. */
    List<Enrollment> findByOfferingIdAndStatusIn(long offeringId, Collection<EnrollmentStatus> statuses,
                                                 Pageable page);

    List<Enrollment> findByOfferingIdAndStatusInOrderByIdAsc(long offeringId, Collection<EnrollmentStatus> statuses);

    /** The offering's waitlist, first in line first (docs/decisions/014). */
    @Query("""
            select e from Enrollment e where e.offeringId = :offeringId and e.status = 'WAITLISTED'
            order by e.waitlistRank""")
    List<Enrollment> findWaitlist(long offeringId);

    Optional<Enrollment> findFirstByOfferingIdAndStatusOrderByWaitlistRankAsc(long offeringId,
                                                                             EnrollmentStatus status);

    /** The highest rank in the offering's line, 0 when nobody waits. */
    @Query("""
            select coalesce(max(e.waitlistRank), 0) from Enrollment e
            where e.offeringId = :offeringId and e.status = 'WAITLISTED'""")
    long lastWaitlistRank(long offeringId);

    /** 1 for the first in line: how many wait at or before this rank. */
    @Query("""
            select count(e) from Enrollment e
            where e.offeringId = :offeringId and e.status = 'WAITLISTED' and e.waitlistRank <= :rank""")
    long waitlistPosition(long offeringId, long rank);

    @Query("""
            select e.offeringId as offeringId, e.status as status, count(e) as members from Enrollment e
            where e.offeringId in :offeringIds and e.status <> 'WITHDRAWN' group by e.offeringId, e.status""")
    List<SeatCount> countSeats(Collection<Long> offeringIds);

    interface SeatCount {
        long getOfferingId();

        EnrollmentStatus getStatus();

        long getMembers();
    }
}

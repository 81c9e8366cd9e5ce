package org.centerformsc.portal.enrollment.domain;

import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    long countByOfferingIdAndStatus(long offeringId, EnrollmentStatus status);

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

    List<Enrollment> findByOfferingIdAndStatusOrderByIdAsc(long offeringId, EnrollmentStatus status);

    Optional<Enrollment> findFirstByOfferingIdAndStatusOrderByIdAsc(long offeringId, EnrollmentStatus status);

    @Query("""
            select count(e) from Enrollment e
            where e.offeringId = :offeringId and e.status = 'WAITLISTED' and e.id <= :enrollmentId""")
    long waitlistPosition(long offeringId, long enrollmentId);

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

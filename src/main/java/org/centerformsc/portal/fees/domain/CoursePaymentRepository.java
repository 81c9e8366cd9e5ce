package org.centerformsc.portal.fees.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface CoursePaymentRepository extends JpaRepository<CoursePayment, Long> {

    Optional<CoursePayment> findByIdempotencyKey(String idempotencyKey);

    /** The payment, locked until the transaction ends: one settlement at a time, the next one sees it settled. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from CoursePayment p where p.id = :id")
    Optional<CoursePayment> findForSettlement(long id);

    Optional<CoursePayment> findByPaymentRef(String paymentRef);

    List<CoursePayment> findByOfferingIdAndStatus(long offeringId, CoursePaymentStatus status);

    /** The member's paid fees for the offering, newest first, locked: a withdrawal's refund is decided once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select p from CoursePayment p where p.offeringId = :offeringId and p.memberId = :memberId
            and p.status = org.centerformsc.portal.fees.domain.CoursePaymentStatus.PAID order by p.createdAt desc""")
    List<CoursePayment> findPaidForUpdate(long offeringId, long memberId);

    boolean existsByOfferingIdAndMemberIdAndStatus(long offeringId, long memberId, CoursePaymentStatus status);

    List<CoursePayment> findByMemberIdOrderByCreatedAtDesc(long memberId);

    List<CoursePayment> findByMemberIdAndStatusInOrderByCreatedAtDesc(long memberId,
                                                                     List<CoursePaymentStatus> statuses);

    /** What scholarships covered of the fees paid in [from, until), per currency (refunded fees do not count). */
    @Query("""
            select p.currency as currency, sum(p.scholarshipMinor) as minorUnits, count(p) as payments
            from CoursePayment p where p.scholarshipRequestId is not null
            and p.status = org.centerformsc.portal.fees.domain.CoursePaymentStatus.PAID
            and p.paidAt >= :from and p.paidAt < :until group by p.currency order by p.currency""")
    List<CoveredTotal> scholarshipsCovered(java.time.Instant from, java.time.Instant until);

    interface CoveredTotal {
        String getCurrency();

        long getMinorUnits();

        long getPayments();
    }
}

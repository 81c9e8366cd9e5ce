package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.domain.Enrollment;
import org.centerformsc.portal.enrollment.domain.EnrollmentLocks;
import org.centerformsc.portal.enrollment.domain.EnrollmentRepository;
import org.centerformsc.portal.enrollment.domain.Seating;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Seats and waitlists. Every command acts for the signed-in member only (the member comes from the security
 * context) and never overbooks: seat counting happens under a per-offering row lock.
 */
@Service
public class EnrollmentService {

    private static final int ATTEMPTS = 3;

    private final EnrollmentRepository enrollments;
    private final EnrollmentLocks locks;
    private final CatalogService catalog;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate seatTransaction;
    // looked up when used: the gates (eligibility) depend on this service in turn
    private final ObjectProvider<EnrollmentGate> gates;

    EnrollmentService(EnrollmentRepository enrollments, EnrollmentLocks locks, CatalogService catalog,
                      MemberService members, ApplicationEventPublisher events, Clock clock,
                      PlatformTransactionManager transactions, ObjectProvider<EnrollmentGate> gates) {
        this.gates = gates;
        this.enrollments = enrollments;
        this.locks = locks;
        this.catalog = catalog;
        this.members = members;
        this.events = events;
        this.clock = clock;
        this.seatTransaction = new TransactionTemplate(transactions);
        // each statement must see what other requests committed while we waited for the lock
        this.seatTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Enrolls the signed-in member, or puts them at the end of the waitlist when the offering is full. */
    @PreAuthorize("isAuthenticated()")
    public MyEnrollment enroll(OfferingId offeringId) {
        MemberId member = members.currentMemberId();
        if (enrollments.findActive(offeringId.value(), member.value()).isEmpty()) {
            gates.orderedStream().forEach(gate -> gate.check(offeringId));
        }
        return withSeatLock(offeringId, () -> {
            if (enrollments.findActive(offeringId.value(), member.value()).isPresent()) {
                throw new EnrollmentRefused("enrollment.refused.already");
            }
            return takeSeat(offeringId, member);
        });
    }

    /** Inside the seat lock: checks the offering and its registration window, then seats or waitlists. */
    private MyEnrollment takeSeat(OfferingId offeringId, MemberId member) {
        OfferingCard offering = catalog.offering(offeringId).map(OfferingDetails::card)
                .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.unknown"));
        Instant now = clock.instant();
        if (!offering.isOpenForRegistrationAt(now)) {
            throw new EnrollmentRefused(now.isBefore(offering.registrationOpensAt())
                    ? "enrollment.refused.notyet" : "enrollment.refused.closed");
        }
        Seating seating = new Seating(offering.capacity(),
                enrollments.countByOfferingIdAndStatus(offeringId.value(), EnrollmentStatus.ENROLLED));
        Enrollment enrollment = enrollments.save(Enrollment.request(offeringId.value(), member.value(), seating,
                offering.price().currency(), offering.price().dueAt(now), now));
        if (enrollment.getStatus() == EnrollmentStatus.ENROLLED) {
            events.publishEvent(new EnrollmentConfirmed(offeringId, member, false));
        }
        return toMine(enrollment);
    }

    /**
     * Staff enroll a member themselves (a registration by phone, a scholarship). Seats and the registration window
     * still apply; prerequisites are the staff member's call. Does nothing when the member already has a place.
     */
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void enrollOnBehalf(OfferingId offeringId, MemberId member) {
        withSeatLock(offeringId, () -> {
            if (enrollments.findActive(offeringId.value(), member.value()).isEmpty()) {
                takeSeat(offeringId, member);
            }
            return null;
        });
    }

    /** Withdraws the signed-in member (enrolled or waitlisted); a freed seat goes to the first in line. */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(OfferingId offeringId) {
        MemberId member = members.currentMemberId();
        withSeatLock(offeringId, () -> {
            Enrollment enrollment = enrollments.findActive(offeringId.value(), member.value())
                    .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.notenrolled"));
            EnrollmentStatus previous = enrollment.getStatus();
            Instant now = clock.instant();
            enrollment.withdraw(now);
            enrollments.saveAndFlush(enrollment);
            events.publishEvent(new EnrollmentWithdrawn(offeringId, member, previous));
            if (previous == EnrollmentStatus.ENROLLED) {
                promoteFirstInLine(offeringId, now);
            }
            return null;
        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MyEnrollment> myEnrollment(OfferingId offeringId) {
        return enrollments.findActive(offeringId.value(), members.currentMemberId().value()).map(this::toMine);
    }

    /** The signed-in member's active enrollments and waitlist places, oldest request first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MyEnrollment> myEnrollments() {
        return enrollments.findActiveOfMember(members.currentMemberId().value()).stream().map(this::toMine).toList();
    }

    /** Public seat counts for catalog pages. */
    @Transactional(readOnly = true)
    public Map<OfferingId, Seats> seats(Collection<OfferingCard> offerings) {
        Map<Long, long[]> counts = new HashMap<>();
        enrollments.countSeats(offerings.stream().map(card -> card.id().value()).toList()).forEach(row -> {
            long[] pair = counts.computeIfAbsent(row.getOfferingId(), id -> new long[2]);
            pair[row.getStatus() == EnrollmentStatus.ENROLLED ? 0 : 1] = row.getMembers();
        });
        Map<OfferingId, Seats> seats = new HashMap<>();
        for (OfferingCard card : offerings) {
            long[] pair = counts.getOrDefault(card.id().value(), new long[2]);
            seats.put(card.id(), new Seats(card.capacity(), pair[0], pair[1]));
        }
        return seats;
    }

    /** Offerings a member holds a seat in; for system jobs such as their calendar feed, never for views. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public List<OfferingId> enrolledOfferingsOf(MemberId member) {
        return enrollments.findActiveOfMember(member.value()).stream()
                .filter(enrollment -> enrollment.getStatus() == EnrollmentStatus.ENROLLED)
                .map(enrollment -> new OfferingId(enrollment.getOfferingId())).toList();
    }

    /** Members holding a seat in an offering, for its roster. The caller checks that the viewer teaches it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "', '" + Roles.STAFF + "')")
    public List<MemberId> participants(OfferingId offering) {
        return enrollments.findByOfferingIdAndStatusOrderByIdAsc(offering.value(), EnrollmentStatus.ENROLLED).stream()
                .map(enrollment -> new MemberId(enrollment.getMemberId())).toList();
    }

    private void promoteFirstInLine(OfferingId offeringId, Instant now) {
        Integer capacity = catalog.offering(offeringId).map(details -> details.card().capacity()).orElse(null);
        Seating seating = new Seating(capacity,
                enrollments.countByOfferingIdAndStatus(offeringId.value(), EnrollmentStatus.ENROLLED));
        if (!seating.hasFreeSeat()) {
            return;
        }
        enrollments.findFirstByOfferingIdAndStatusOrderByIdAsc(offeringId.value(), EnrollmentStatus.WAITLISTED)
                .ifPresent(next -> {
                    next.promote(now);
                    events.publishEvent(new EnrollmentConfirmed(offeringId, new MemberId(next.getMemberId()), true));
                });
    }

    private <T> T withSeatLock(OfferingId offeringId, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return seatTransaction.execute(status -> {
                    locks.lock(offeringId.value());
                    return work.get();
                });
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    private MyEnrollment toMine(Enrollment enrollment) {
        int position = enrollment.getStatus() == EnrollmentStatus.WAITLISTED
                ? (int) enrollments.waitlistPosition(enrollment.getOfferingId(), enrollment.getId()) : 0;
        return new MyEnrollment(new OfferingId(enrollment.getOfferingId()), enrollment.getStatus(), position,
                enrollment.getCurrency(), enrollment.getPriceDueMinor(), enrollment.getRequestedAt());
    }
}

package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.domain.Enrollment;
import org.centerformsc.portal.enrollment.domain.EnrollmentRepository;
import org.centerformsc.portal.enrollment.domain.Seating;
import org.centerformsc.portal.enrollment.domain.Waitlist;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seats and waitlists. Every command acts for the signed-in member only (the member comes from the security
 * context) and never overbooks: seats are counted and taken in the offering's turn, under its row lock
 * ({@link SeatTurns}, docs/decisions/005). Enrolling reads the offering and the member's places once and asks the
 * gates with them before it waits for a turn, so that a turn only counts and writes.
 */
@Service
public class EnrollmentService {

    private final EnrollmentRepository enrollments;
    private final SeatTurns seats;
    private final Waitlist waitlist;
    private final Places places;
    private final CatalogService catalog;
    private final MemberService members;
    private final Admission admission;
    private final SeatHolds holds;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate readTransaction;

    EnrollmentService(EnrollmentRepository enrollments, SeatTurns seats, Waitlist waitlist, Places places,
                      CatalogService catalog, MemberService members, Admission admission, SeatHolds holds,
                      ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.enrollments = enrollments;
        this.seats = seats;
        this.waitlist = waitlist;
        this.places = places;
        this.catalog = catalog;
        this.members = members;
        this.admission = admission;
        this.holds = holds;
        this.events = events;
        this.clock = clock;
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
    }

    /** Enrolls the signed-in member, or puts them at the end of the waitlist when the offering is full. */
    @PreAuthorize("isAuthenticated()")
    public MyEnrollment enroll(OfferingId offeringId) {
        EnrollmentRequest request = readTransaction.execute(status -> {
            MemberId member = members.currentMemberId();
            return admission.judge(admission.card(offeringId), member, "enrollment.refused.already");
        });
        // a second click may have been seated meanwhile
        return seats.take(request.offering(), request.member())
                .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.already"));
    }

    /** Withdraws the signed-in member (enrolled or waitlisted); a freed seat goes to the first in line. */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(OfferingId offeringId) {
        MemberId member = members.currentMemberId();
        Integer capacity = catalog.offering(offeringId).map(details -> details.card().capacity()).orElse(null);
        seats.alone(offeringId, () -> {
            Enrollment enrollment = enrollments.findActive(offeringId.value(), member.value())
                    .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.notenrolled"));
            Instant now = clock.instant();
            waitlist.release(enrollment, capacity, holds.payAfterPromotionUntil(now), now);
            events.publishEvent(new PlaceGivenUp(offeringId, member, now));
            return null;
        });
    }

    /**
     * A payment for the member's seat arrived (the portal's own work, on the provider's word). A held seat becomes
     * theirs; when the hold had already ended, a free seat is taken if there is one; otherwise there is none to
     * give and the payment must be returned. A seat given is published as {@link PlaceTaken}. Idempotent: a seat
     * already theirs stays so, and is not announced again. Call it outside a transaction or in a READ COMMITTED
     * one: the seat turn must count what other turns committed.
     */
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public PaidSeat confirmPayment(OfferingId offeringId, MemberId member) {
        OfferingCard offering = catalog.offering(offeringId).map(details -> details.card())
                .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.unknown"));
        return seats.alone(offeringId, () -> {
            Instant now = clock.instant();
            Optional<Enrollment> place = enrollments.findActive(offeringId.value(), member.value());
            if (place.isPresent() && place.get().getStatus() == EnrollmentStatus.ENROLLED) {
                return PaidSeat.ALREADY_SEATED;
            }
            if (place.isPresent() && place.get().getStatus() == EnrollmentStatus.HELD) {
                place.get().confirmPaid(now);
                seatedByPayment(offering, member, now);
                return PaidSeat.SEATED;
            }
            boolean open = catalog.isPublished(offeringId) && offering.lastSessionEnd().isAfter(now);
            if (!open || !new Seating(offering.capacity(), enrollments.countTaken(offeringId.value())).hasFreeSeat()) {
                return PaidSeat.NO_SEAT;
            }
            if (place.isPresent()) {
                // paid from the waitlist, after their hold ended and they joined the line again
                place.get().promote(null, now);
            } else {
                enrollments.save(Enrollment.request(offeringId.value(), member.value(),
                        new Seating(offering.capacity(), 0), () -> 0, offering.price().currency(),
                        offering.price().dueAt(now), null, now));
            }
            seatedByPayment(offering, member, now);
            return PaidSeat.SEATED_LATE;
        });
    }

    /**
     * A paid seat becomes the member's when its payment arrives, as a free one does when it is asked for: the same
     * news, in this turn. Holding the seat told nobody, so this is its one confirmation.
     */
    private void seatedByPayment(OfferingCard offering, MemberId member, Instant now) {
        events.publishEvent(new PlaceTaken(offering, member, EnrollmentStatus.ENROLLED, 0, null, now));
    }

    /**
     * Held seats whose hold has ended go back: each to the first in line (the portal's own work, every minute).
     * Every offering is handled in its own turn and re-read there, so two nodes doing this at once release once.
     */
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public int releaseExpiredHolds() {
        int released = 0;
        for (Long offeringId : enrollments.findOfferingsWithExpiredHolds(clock.instant())) {
            Integer capacity = catalog.offering(new OfferingId(offeringId)).map(details -> details.card().capacity())
                    .orElse(null);
            released += seats.alone(new OfferingId(offeringId), () -> {
                Instant now = clock.instant();
                List<Enrollment> expired = enrollments.findExpiredHolds(offeringId, now);
                expired.forEach(hold -> waitlist.release(hold, capacity, holds.payAfterPromotionUntil(now), now));
                return expired.size();
            });
        }
        return released;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MyEnrollment> myEnrollment(OfferingId offeringId) {
        return enrollments.findActive(offeringId.value(), members.currentMemberId().value()).map(places::of);
    }

    /** The signed-in member's active enrollments and waitlist places, oldest request first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MyEnrollment> myEnrollments() {
        return places.of(members.currentMemberId());
    }

    /** Public seat counts for catalog pages. */
    @Transactional(readOnly = true)
    public Map<OfferingId, Seats> seats(Collection<OfferingCard> offerings) {
        Map<Long, long[]> counts = counts(offerings.stream().map(card -> card.id().value()).toList());
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


    /** Seats taken (enrolled and held, [0]) and waitlisted members ([1]) per offering id. */
    private Map<Long, long[]> counts(Collection<Long> offeringIds) {
        Map<Long, long[]> counts = new HashMap<>();
        enrollments.countSeats(offeringIds).forEach(row -> counts.computeIfAbsent(row.getOfferingId(),
                id -> new long[2])[row.getStatus().takesASeat() ? 0 : 1] += row.getMembers());
        return counts;
    }

    /** A member's active enrollments and waitlist places, oldest request first: staff's page of the member. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<MyEnrollment> placesOf(MemberId member) {
        return places.of(member);
    }
}

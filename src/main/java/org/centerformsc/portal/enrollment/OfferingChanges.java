package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.CapacityGuard;
import org.centerformsc.portal.catalog.OfferingCancelled;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.OfferingRefused;
import org.centerformsc.portal.catalog.OfferingRescheduled;
import org.centerformsc.portal.enrollment.domain.Enrollment;
import org.centerformsc.portal.enrollment.domain.EnrollmentLocks;
import org.centerformsc.portal.enrollment.domain.EnrollmentRepository;
import org.centerformsc.portal.member.MemberId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What enrollment does when staff change an offering: a capacity never drops below the seats already taken, a
 * cancellation releases every seat and waitlist place, and the members concerned are told ({@link OfferingNews},
 * in the change's transaction). Runs inside the catalog's transaction, under the offering's seat lock.
 */
@Component
class OfferingChanges implements CapacityGuard {

    private final EnrollmentRepository enrollments;
    private final EnrollmentLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferingChanges(EnrollmentRepository enrollments, EnrollmentLocks locks, ApplicationEventPublisher events,
                    Clock clock) {
        this.enrollments = enrollments;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void checkCapacity(OfferingId offering, Integer capacity) {
        if (capacity == null) {
            return;
        }
        // seats are taken one turn at a time under this lock: the new capacity is judged against all of them
        locks.lock(offering.value());
        long seated = enrollments.countTaken(offering.value());
        if (capacity < seated) {
            throw new OfferingRefused("capacity", "offering.refused.capacitybelow");
        }
    }

    @EventListener
    void on(OfferingCancelled cancelled) {
        locks.lock(cancelled.offering().value());
        Instant now = clock.instant();
        List<MemberId> told = new ArrayList<>();
        for (EnrollmentStatus status : List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.HELD,
                EnrollmentStatus.WAITLISTED)) {
            for (Enrollment place : enrollments.findByOfferingIdAndStatusOrderByIdAsc(cancelled.offering().value(),
                    status)) {
                place.withdraw(now);
                told.add(new MemberId(place.getMemberId()));
            }
        }
        events.publishEvent(new OfferingNews(OfferingNews.Kind.CANCELLED, cancelled.offering(), cancelled.title(),
                cancelled.reason(), List.of(), told, now));
    }

    @EventListener
    void on(OfferingRescheduled rescheduled) {
        // those paying for a held seat are told too: the new times may change their mind
        List<MemberId> enrolled = enrollments.findByOfferingIdAndStatusInOrderByIdAsc(rescheduled.offering().value(),
                List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.HELD)).stream()
                .map(place -> new MemberId(place.getMemberId())).toList();
        events.publishEvent(new OfferingNews(OfferingNews.Kind.RESCHEDULED, rescheduled.offering(),
                rescheduled.title(), null, rescheduled.sessions(), enrolled, clock.instant()));
    }
}

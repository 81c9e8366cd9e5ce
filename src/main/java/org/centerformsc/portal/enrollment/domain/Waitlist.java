package org.centerformsc.portal.enrollment.domain;

import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * An offering's line: where newcomers go, who is seated when a seat frees up, and staff reordering it. The line is
 * ordered by rank, not by request (docs/decisions/014). Every method runs inside the offering's turn
 * (docs/decisions/005), so one request at a time reads and writes the line.
 */
@Component
public class Waitlist {

    private final EnrollmentRepository enrollments;

    private final org.springframework.context.ApplicationEventPublisher events;

    Waitlist(EnrollmentRepository enrollments, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.enrollments = enrollments;
    }

    /** Ranks for members joining the end of the line in this turn; the first one reads where the line ends. */
    public LongSupplier endOfLine(long offeringId) {
        return new LongSupplier() {
            private Long last;

            @Override
            public long getAsLong() {
                last = (last == null ? enrollments.lastWaitlistRank(offeringId) : last) + 1;
                return last;
            }
        };
    }

    /** The offering's line, first in line first. */
    public List<Enrollment> line(long offeringId) {
        return enrollments.findWaitlist(offeringId);
    }

    /**
     * Gives up a place (seat, held seat or line); a seat that frees up goes to the first in line, held for them
     * until {@code payUntil} when it has a price.
     */
    public void release(Enrollment place, Integer capacity, Instant payUntil, Instant now) {
        boolean seated = place.getStatus().takesASeat();
        place.withdraw(now);
        enrollments.saveAndFlush(place);
        if (seated) {
            promoteFirstInLine(place.getOfferingId(), capacity, payUntil, now);
        }
    }

    /**
     * Puts {@code waiting} at {@code position} (1 = next in line) of {@code line}, as read in this turn, and numbers
     * the line 1, 2, 3... again.
     */
    public void reorder(List<Enrollment> line, Enrollment waiting, int position) {
        if (position < 1 || position > line.size() || !line.contains(waiting)) {
            throw new IllegalArgumentException("No such place in the line: " + position);
        }
        List<Enrollment> reordered = new ArrayList<>(line);
        reordered.remove(waiting);
        reordered.add(position - 1, waiting);
        for (int i = 0; i < reordered.size(); i++) {
            reordered.get(i).rankInWaitlist(i + 1L);
        }
    }

    private void promoteFirstInLine(long offeringId, Integer capacity, Instant payUntil, Instant now) {
        Seating seating = new Seating(capacity, enrollments.countTaken(offeringId));
        if (seating.hasFreeSeat()) {
            enrollments.findFirstByOfferingIdAndStatusOrderByWaitlistRankAsc(offeringId, EnrollmentStatus.WAITLISTED)
                    .ifPresent(next -> {
                        next.promote(payUntil, now);
                        events.publishEvent(new org.centerformsc.portal.enrollment.PlacePromoted(
                                new org.centerformsc.portal.catalog.OfferingId(offeringId),
                                new org.centerformsc.portal.member.MemberId(next.getMemberId()),
                                next.getHoldExpiresAt(),
                                now));
                    });
        }
    }
}

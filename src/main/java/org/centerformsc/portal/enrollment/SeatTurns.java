package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.domain.Enrollment;
import org.centerformsc.portal.enrollment.domain.EnrollmentLocks;
import org.centerformsc.portal.enrollment.domain.EnrollmentRepository;
import org.centerformsc.portal.enrollment.domain.Seating;
import org.centerformsc.portal.enrollment.domain.Waitlist;
import org.centerformsc.portal.member.MemberId;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Changes to one offering's seats, one turn at a time (docs/decisions/005). A turn is a READ COMMITTED transaction
 * whose first statement takes the offering's row lock; the row lock is the guarantee, also across portal
 * instances. In this JVM, requests wait for their turn without holding a database connection, first come first
 * served, and whoever gets the turn seats everyone who asked for that offering meanwhile, in the order they
 * asked: a course opening with hundreds waiting costs a few commits instead of one per member.
 */
@Component
class SeatTurns {

    private final org.springframework.context.ApplicationEventPublisher events;

    private static final int ATTEMPTS = 3;

    private final Map<Long, Line> lines = new ConcurrentHashMap<>();
    private final EnrollmentRepository enrollments;
    private final CatalogService catalog;
    private final EnrollmentLocks locks;
    private final Waitlist waitlist;
    private final SeatHolds holds;
    private final Clock clock;
    private final TransactionTemplate seatTransaction;

    SeatTurns(EnrollmentRepository enrollments, CatalogService catalog, EnrollmentLocks locks, Waitlist waitlist,
              SeatHolds holds, Clock clock, PlatformTransactionManager transactions,
              org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.locks = locks;
        this.waitlist = waitlist;
        this.holds = holds;
        this.clock = clock;
        this.seatTransaction = new TransactionTemplate(transactions);
        // each statement must see what other requests committed while we waited for the lock
        this.seatTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * A seat for the member if one is free, else a place at the end of the waitlist; empty when the member
     * already holds one of the two. Answers once the turn that took it has committed.
     *
     * @throws EnrollmentRefused when registration is not open
     */
    Optional<MyEnrollment> take(OfferingCard offering, MemberId member) {
        Line line = lines.computeIfAbsent(offering.id().value(), id -> new Line());
        Ask ask = new Ask(member);
        line.asks.add(ask);
        line.turn.lock();
        try {
            if (!ask.answer.isDone()) {
                seat(offering, line.drain());
            }
        } finally {
            line.turn.unlock();
        }
        try {
            return ask.answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failed.getCause();
        }
    }

    /** Any other change to the offering's seats (a withdrawal, staff enrolling someone), in a turn of its own. */
    <T> T alone(OfferingId offering, Supplier<T> work) {
        Line line = lines.computeIfAbsent(offering.value(), id -> new Line());
        line.turn.lock();
        try {
            return locked(List.of(offering), work);
        } finally {
            line.turn.unlock();
        }
    }

    /**
     * A change to two offerings' seats at once (staff moving a member), in one transaction holding both turns.
     * Turns and row locks are taken in the order of the offerings' ids, so two moves in opposite directions wait
     * for each other instead of deadlocking.
     */
    <T> T together(OfferingId one, OfferingId other, Supplier<T> work) {
        List<OfferingId> ordered = one.value() <= other.value() ? List.of(one, other) : List.of(other, one);
        Line first = lines.computeIfAbsent(ordered.get(0).value(), id -> new Line());
        Line second = lines.computeIfAbsent(ordered.get(1).value(), id -> new Line());
        first.turn.lock();
        try {
            second.turn.lock();
            try {
                return locked(ordered, work);
            } finally {
                second.turn.unlock();
            }
        } finally {
            first.turn.unlock();
        }
    }

    /**
     * Inside a turn of {@code alone} or {@code together} for this offering: a seat for the member if one is free,
     * else a place at the end of the waitlist, at the price due at {@code pricedAt}; empty when they already hold
     * one.
     */
    Optional<MyEnrollment> seatInTurn(OfferingCard offering, MemberId member, Instant pricedAt) {
        // staff seat members at once: they arranged the payment, if any, themselves
        return seatAll(offering, List.of(member), pricedAt, null).get(0);
    }

    private void seat(OfferingCard offering, List<Ask> asks) {
        List<Optional<MyEnrollment>> answers;
        try {
            Instant now = clock.instant();
            answers = locked(List.of(offering.id()),
                    () -> seatAll(offering, asks.stream().map(Ask::member).toList(), now, holds.holdUntil(now)));
        } catch (RuntimeException | Error failed) {
            // everyone in this turn gets the answer, or they would wait forever
            asks.forEach(ask -> ask.answer.completeExceptionally(failed));
            return;
        }
        for (int i = 0; i < asks.size(); i++) {
            asks.get(i).answer.complete(answers.get(i));
        }
    }

    /**
     * Under the row lock: one look at who already has a place, one count, then one row per member in order. A paid
     * seat is held until {@code holdUntil} while the member pays; null seats them at once.
     */
    private List<Optional<MyEnrollment>> seatAll(OfferingCard offering, List<MemberId> members, Instant pricedAt,
                                                 Instant holdUntil) {
        Instant now = clock.instant();
        if (!offering.isOpenForRegistrationAt(now)) {
            throw new EnrollmentRefused(now.isBefore(offering.registrationOpensAt())
                    ? "enrollment.refused.notyet" : "enrollment.refused.closed");
        }
        // the card was read before the turn; a cancellation that committed meanwhile must still win
        if (!catalog.isPublished(offering.id())) {
            throw new EnrollmentRefused("enrollment.refused.closed");
        }
        long offeringId = offering.id().value();
        Set<Long> placed = new HashSet<>(enrollments.findActiveMembers(offeringId,
                members.stream().map(MemberId::value).toList()));
        long enrolled = 0;
        long waitlisted = 0;
        for (EnrollmentRepository.SeatCount count : enrollments.countSeats(List.of(offeringId))) {
            if (count.getStatus().takesASeat()) {
                enrolled += count.getMembers();
            } else {
                waitlisted += count.getMembers();
            }
        }
        LongSupplier endOfLine = waitlist.endOfLine(offeringId);
        List<Optional<MyEnrollment>> answers = new ArrayList<>();
        for (MemberId member : members) {
            if (!placed.add(member.value())) {
                answers.add(Optional.empty());
                continue;
            }
            Enrollment enrollment = enrollments.save(Enrollment.request(offeringId, member.value(),
                    new Seating(offering.capacity(), enrolled), endOfLine, offering.price().currency(),
                    offering.price().dueAt(pricedAt), holdUntil, now));
            boolean seated = enrollment.getStatus().takesASeat();
            enrolled += seated ? 1 : 0;
            waitlisted += seated ? 0 : 1;
            events.publishEvent(new PlaceTaken(offering, member, enrollment.getStatus(),
                    seated ? 0 : (int) waitlisted, enrollment.getHoldExpiresAt(), now));
            answers.add(Optional.of(new MyEnrollment(offering.id(), enrollment.getStatus(),
                    seated ? 0 : (int) waitlisted, enrollment.getCurrency(), enrollment.getPriceDueMinor(),
                    enrollment.getRequestedAt(), enrollment.getHoldExpiresAt())));
        }
        return answers;
    }

    /** {@code offerings} in the order their row locks are taken. */
    private <T> T locked(List<OfferingId> offerings, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return seatTransaction.execute(status -> {
                    offerings.forEach(offering -> locks.lock(offering.value()));
                    return work.get();
                });
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    /** The requests waiting for one offering's turn; fair, so that turns go in the order they were asked for. */
    private static final class Line {

        final Queue<Ask> asks = new ConcurrentLinkedQueue<>();
        final ReentrantLock turn = new ReentrantLock(true);

        List<Ask> drain() {
            List<Ask> drained = new ArrayList<>();
            for (Ask ask = asks.poll(); ask != null; ask = asks.poll()) {
                drained.add(ask);
            }
            return drained;
        }
    }

    private record Ask(MemberId member, CompletableFuture<Optional<MyEnrollment>> answer) {

        Ask(MemberId member) {
            this(member, new CompletableFuture<>());
        }
    }
}

package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.domain.Enrollment;
import org.centerformsc.portal.enrollment.domain.EnrollmentLocks;
import org.centerformsc.portal.enrollment.domain.EnrollmentRepository;
import org.centerformsc.portal.enrollment.domain.Seating;
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

    private static final int ATTEMPTS = 3;

    private final Map<Long, Line> lines = new ConcurrentHashMap<>();
    private final EnrollmentRepository enrollments;
    private final EnrollmentLocks locks;
    private final Clock clock;
    private final TransactionTemplate seatTransaction;

    SeatTurns(EnrollmentRepository enrollments, EnrollmentLocks locks, Clock clock,
              PlatformTransactionManager transactions) {
        this.enrollments = enrollments;
        this.locks = locks;
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
            return locked(offering, work);
        } finally {
            line.turn.unlock();
        }
    }

    private void seat(OfferingCard offering, List<Ask> asks) {
        List<Optional<MyEnrollment>> answers;
        try {
            answers = locked(offering.id(), () -> seatAll(offering, asks));
        } catch (RuntimeException | Error failed) {
            // everyone in this turn gets the answer, or they would wait forever
            asks.forEach(ask -> ask.answer.completeExceptionally(failed));
            return;
        }
        for (int i = 0; i < asks.size(); i++) {
            asks.get(i).answer.complete(answers.get(i));
        }
    }

    /** Under the row lock: one look at who already has a place, one count, then one row per member in order. */
    private List<Optional<MyEnrollment>> seatAll(OfferingCard offering, List<Ask> asks) {
        Instant now = clock.instant();
        if (!offering.isOpenForRegistrationAt(now)) {
            throw new EnrollmentRefused(now.isBefore(offering.registrationOpensAt())
                    ? "enrollment.refused.notyet" : "enrollment.refused.closed");
        }
        long offeringId = offering.id().value();
        Set<Long> placed = new HashSet<>(enrollments.findActiveMembers(offeringId,
                asks.stream().map(ask -> ask.member.value()).toList()));
        long enrolled = 0;
        long waitlisted = 0;
        for (EnrollmentRepository.SeatCount count : enrollments.countSeats(List.of(offeringId))) {
            if (count.getStatus() == EnrollmentStatus.ENROLLED) {
                enrolled = count.getMembers();
            } else {
                waitlisted = count.getMembers();
            }
        }
        List<Optional<MyEnrollment>> answers = new ArrayList<>();
        for (Ask ask : asks) {
            if (!placed.add(ask.member.value())) {
                answers.add(Optional.empty());
                continue;
            }
            Enrollment enrollment = enrollments.save(Enrollment.request(offeringId, ask.member.value(),
                    new Seating(offering.capacity(), enrolled), offering.price().currency(),
                    offering.price().dueAt(now), now));
            boolean seated = enrollment.getStatus() == EnrollmentStatus.ENROLLED;
            enrolled += seated ? 1 : 0;
            waitlisted += seated ? 0 : 1;
            answers.add(Optional.of(new MyEnrollment(offering.id(), enrollment.getStatus(),
                    seated ? 0 : (int) waitlisted, enrollment.getCurrency(), enrollment.getPriceDueMinor(),
                    enrollment.getRequestedAt())));
        }
        return answers;
    }

    private <T> T locked(OfferingId offering, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return seatTransaction.execute(status -> {
                    locks.lock(offering.value());
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

package org.centerformsc.portal.enrollment.domain;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises seat-taking per offering. {@link #lock} must be the first statement of a READ COMMITTED
 * transaction: the upsert takes an exclusive row lock on the offering's lock row (creating it on first use) and
 * holds it until commit, so two requests never count the same free seat. {@link #inTurn} queues the requests of
 * this JVM before they open that transaction. See docs/decisions/005-no-overbooking.md.
 */
@Component
public class EnrollmentLocks {

    private final EntityManager entityManager;
    private final Map<Long, ReentrantLock> turns = new ConcurrentHashMap<>();

    EnrollmentLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Runs {@code work} when it is the offering's turn in this JVM, first come first served. Requests waiting here
     * hold no database connection; waiting on the row lock instead, a course opening would hold every pooled
     * connection and stall the rest of the portal. The row lock stays the guarantee (several instances).
     */
    public <T> T inTurn(long offeringId, Supplier<T> work) {
        ReentrantLock turn = turns.computeIfAbsent(offeringId, id -> new ReentrantLock(true));
        turn.lock();
        try {
            return work.get();
        } finally {
            turn.unlock();
        }
    }

    public void lock(long offeringId) {
        entityManager.createNativeQuery("""
                        INSERT INTO enrollment_lock (offering_id) VALUES (?1)
                        ON DUPLICATE KEY UPDATE offering_id = offering_id""")
                .setParameter(1, offeringId).executeUpdate();
    }
}

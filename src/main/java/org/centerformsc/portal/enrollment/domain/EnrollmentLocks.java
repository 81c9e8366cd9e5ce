package org.centerformsc.portal.enrollment.domain;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Serialises seat-taking per offering. {@link #lock} must be the first statement of a READ COMMITTED
 * transaction: the upsert takes an exclusive row lock on the offering's lock row (creating it on first use) and
 * holds it until commit, so two requests never count the same free seat.
 * See docs/decisions/005-no-overbooking.md.
 */
@Component
public class EnrollmentLocks {

    private final EntityManager entityManager;

    EnrollmentLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void lock(long offeringId) {
        entityManager.createNativeQuery("""
                        INSERT INTO enrollment_lock (offering_id) VALUES (?1)
                        ON DUPLICATE KEY UPDATE offering_id = offering_id""")
                .setParameter(1, offeringId).executeUpdate();
    }
}

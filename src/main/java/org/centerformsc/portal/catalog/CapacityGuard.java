package org.centerformsc.portal.catalog;

/**
 * A check enrollment adds to offering changes without catalog knowing enrollment: a capacity may not drop below the
 * members already seated (nobody is ever evicted by an edit). Throws {@link OfferingRefused} to refuse.
 */
public interface CapacityGuard {

    void checkCapacity(OfferingId offering, Integer capacity);
}

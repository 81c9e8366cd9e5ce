package org.centerformsc.portal.enrollment;

/**
 * A check other features add to enrollment without enrollment knowing them (eligibility implements it). Runs for
 * the signed-in member before a seat is taken, outside the seat lock; throws {@link EnrollmentRefused} to refuse.
 * It gets what enrollment already read and must not call back into enrollment (docs/decisions/011).
 */
public interface EnrollmentGate {

    void check(EnrollmentRequest request);
}

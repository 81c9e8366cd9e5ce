package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;

/**
 * A check other features add to enrollment without enrollment knowing them (eligibility implements it).
 * Throws {@link EnrollmentRefused} to refuse; runs for the signed-in member before a seat is taken.
 */
public interface EnrollmentGate {

    void check(OfferingId offering);
}

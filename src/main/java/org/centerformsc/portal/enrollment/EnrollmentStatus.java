package org.centerformsc.portal.enrollment;

/**
 * A member's place in an offering: a seat, a seat held while they pay (counts against capacity until its hold
 * ends, docs/decisions/016), a place in line, or given up.
 */
public enum EnrollmentStatus {
    ENROLLED, HELD, WAITLISTED, WITHDRAWN;

    /** Whether this place takes one of the offering's seats. */
    public boolean takesASeat() {
        return this == ENROLLED || this == HELD;
    }
}

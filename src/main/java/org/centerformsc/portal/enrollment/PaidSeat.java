package org.centerformsc.portal.enrollment;

/** What a payment for a seat came to (docs/decisions/016). */
public enum PaidSeat {
    /** The held seat is now the member's. */
    SEATED,
    /** The hold had ended, but a seat was free: the member has it. */
    SEATED_LATE,
    /** The member already had the seat (the same payment reported again). */
    ALREADY_SEATED,
    /** No seat to give (full, or the run cancelled or over): the payment must be refunded. */
    NO_SEAT;

    public boolean seated() {
        return this != NO_SEAT;
    }
}

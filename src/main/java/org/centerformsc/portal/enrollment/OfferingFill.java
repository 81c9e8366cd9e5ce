package org.centerformsc.portal.enrollment;

/** An offering's seats and how many are taken (enrolled or held for payment), and its waitlist. */
public record OfferingFill(String code, String title, int seats, long taken, long waitlisted) {

    /** Taken seats as a whole percentage of the seats, rounded down. */
    public int percentFull() {
        return (int) (taken * 100 / seats);
    }
}

package org.centerformsc.portal.enrollment;

/** Seat counts of one offering; {@code capacity} null means no limit. */
public record Seats(Integer capacity, long enrolled, long waitlisted) {

    public boolean isFull() {
        return capacity != null && enrolled >= capacity;
    }

    /** Seats still free, or null when there is no limit. */
    public Long left() {
        return capacity == null ? null : Math.max(0, capacity - enrolled);
    }
}

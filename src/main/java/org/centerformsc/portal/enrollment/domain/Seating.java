package org.centerformsc.portal.enrollment.domain;

/** The seat rule, alone: with a capacity, only that many members are enrolled at once. */
public record Seating(Integer capacity, long enrolled) {

    public Seating {
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        if (enrolled < 0) {
            throw new IllegalArgumentException("enrolled cannot be negative");
        }
    }

    public boolean hasFreeSeat() {
        return capacity == null || enrolled < capacity;
    }
}

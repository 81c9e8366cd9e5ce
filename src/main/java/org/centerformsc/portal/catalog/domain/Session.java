package org.centerformsc.portal.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One meeting of an offering, stored as instants; the offering carries the zone it is planned in. */
@Embeddable
public class Session {

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected Session() {
    }

    public Session(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    /** A session is its two instants: a revised schedule with the same sessions has not moved. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Session session && startsAt.equals(session.startsAt) && endsAt.equals(session.endsAt);
    }

    @Override
    public int hashCode() {
        return startsAt.hashCode() * 31 + endsAt.hashCode();
    }
}

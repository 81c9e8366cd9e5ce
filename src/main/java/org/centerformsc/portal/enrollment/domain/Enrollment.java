package org.centerformsc.portal.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.centerformsc.portal.enrollment.EnrollmentStatus;

import java.time.Instant;

/** One member's request for a seat in one offering: enrolled, waiting in line, or withdrawn. */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrollmentStatus status;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "price_due_minor", nullable = false, updatable = false)
    private long priceDueMinor;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Enrollment() {
    }

    private Enrollment(long offeringId, long memberId, EnrollmentStatus status, String currency, long priceDueMinor,
                       Instant now) {
        this.offeringId = offeringId;
        this.memberId = memberId;
        this.status = status;
        this.currency = currency;
        this.priceDueMinor = priceDueMinor;
        this.requestedAt = now;
        this.confirmedAt = status == EnrollmentStatus.ENROLLED ? now : null;
    }

    /** A seat if one is free, else a place at the end of the waitlist. The price is fixed at request time. */
    public static Enrollment request(long offeringId, long memberId, Seating seating, String currency,
                                     long priceDueMinor, Instant now) {
        EnrollmentStatus status = seating.hasFreeSeat() ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED;
        return new Enrollment(offeringId, memberId, status, currency, priceDueMinor, now);
    }

    public void promote(Instant now) {
        if (status != EnrollmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted enrollment can be promoted");
        }
        status = EnrollmentStatus.ENROLLED;
        confirmedAt = now;
    }

    public void withdraw(Instant now) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new IllegalStateException("Already withdrawn");
        }
        status = EnrollmentStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public long getMemberId() {
        return memberId;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public long getPriceDueMinor() {
        return priceDueMinor;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}

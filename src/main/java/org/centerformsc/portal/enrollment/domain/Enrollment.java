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
import java.util.function.LongSupplier;

/**
 * One member's request for a seat in one offering: enrolled, holding a paid seat while paying, waiting in line, or
 * withdrawn.
 */
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

    /** Order in the offering's waitlist, lowest first; set only while waitlisted (docs/decisions/014). */
    @Column(name = "waitlist_rank")
    private Long waitlistRank;

    /** Until when a held seat waits for its payment; set only while held (docs/decisions/016). */
    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;

    protected Enrollment() {
    }

    private Enrollment(long offeringId, long memberId, EnrollmentStatus status, Long waitlistRank,
                       Instant holdExpiresAt, String currency, long priceDueMinor, Instant now) {
        this.offeringId = offeringId;
        this.memberId = memberId;
        this.status = status;
        this.waitlistRank = waitlistRank;
        this.holdExpiresAt = holdExpiresAt;
        this.currency = currency;
        this.priceDueMinor = priceDueMinor;
        this.requestedAt = now;
        this.confirmedAt = status == EnrollmentStatus.ENROLLED ? now : null;
    }

    /**
     * A seat if one is free, else a place at the end of the waitlist, with {@code endOfLine} (a rank after every
     * other in the line). The price is fixed at request time. A seat with a price and a {@code holdUntil} is held
     * until then while the member pays; without one (free, or staff seating someone) it is theirs at once.
     */
    public static Enrollment request(long offeringId, long memberId, Seating seating, LongSupplier endOfLine,
                                     String currency, long priceDueMinor, Instant holdUntil, Instant now) {
        if (!seating.hasFreeSeat()) {
            return new Enrollment(offeringId, memberId, EnrollmentStatus.WAITLISTED, endOfLine.getAsLong(), null,
                    currency, priceDueMinor, now);
        }
        return priceDueMinor > 0 && holdUntil != null
                ? new Enrollment(offeringId, memberId, EnrollmentStatus.HELD, null, holdUntil, currency, priceDueMinor,
                now)
                : new Enrollment(offeringId, memberId, EnrollmentStatus.ENROLLED, null, null, currency, priceDueMinor,
                now);
    }

    /** The first in line gets the freed seat: at once when it is free, else held until {@code payUntil}. */
    public void promote(Instant payUntil, Instant now) {
        if (status != EnrollmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted enrollment can be promoted");
        }
        waitlistRank = null;
        if (priceDueMinor > 0 && payUntil != null) {
            status = EnrollmentStatus.HELD;
            holdExpiresAt = payUntil;
        } else {
            status = EnrollmentStatus.ENROLLED;
            confirmedAt = now;
        }
    }

    /** The held seat is paid for: it is the member's. */
    public void confirmPaid(Instant now) {
        if (status != EnrollmentStatus.HELD) {
            throw new IllegalStateException("Only a held seat is confirmed by a payment");
        }
        status = EnrollmentStatus.ENROLLED;
        holdExpiresAt = null;
        confirmedAt = now;
    }

    public boolean holdHasExpiredAt(Instant now) {
        return status == EnrollmentStatus.HELD && !now.isBefore(holdExpiresAt);
    }

    public void withdraw(Instant now) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new IllegalStateException("Already withdrawn");
        }
        status = EnrollmentStatus.WITHDRAWN;
        waitlistRank = null;
        holdExpiresAt = null;
        withdrawnAt = now;
    }

    /** Puts a waitlisted member at another place in the line (staff reordering it). */
    public void rankInWaitlist(long rank) {
        if (status != EnrollmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted enrollment has a place in the line");
        }
        waitlistRank = rank;
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

    public Long getWaitlistRank() {
        return waitlistRank;
    }

    public Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }
}

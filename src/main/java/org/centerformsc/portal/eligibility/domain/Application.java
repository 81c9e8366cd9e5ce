package org.centerformsc.portal.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A member's application for an offering that requires one (e.g. SCIP Level 1), decided by staff. */
@Entity
@Table(name = "application")
public class Application {

    @Embeddable
    public record Key(@Column(name = "offering_id") long offeringId, @Column(name = "member_id") long memberId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String status;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decline_reason")
    private String declineReason;

    protected Application() {
    }

    public Application(long offeringId, long memberId, Instant now) {
        this.key = new Key(offeringId, memberId);
        this.status = "PENDING";
        this.appliedAt = now;
    }

    public boolean isPending() {
        return "PENDING".equals(status);
    }

    public void approve(String by, Instant now) {
        decide("APPROVED", by, now);
    }

    /** Declined with the reason the member reads. */
    public void decline(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A declined application needs a reason the member can read");
        }
        decide("DECLINED", by, now);
        declineReason = reason.strip();
    }

    private void decide(String decision, String by, Instant now) {
        if (!isPending()) {
            throw new IllegalStateException("Application is " + status + ", not PENDING");
        }
        status = decision;
        decidedBy = by;
        decidedAt = now;
    }

    public Key getKey() { return key; }
    public String getStatus() { return status; }
    public boolean isApproved() { return "APPROVED".equals(status); }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDeclineReason() { return declineReason; }
}

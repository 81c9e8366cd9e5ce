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

    protected Application() {
    }

    public Application(long offeringId, long memberId, Instant now) {
        this.key = new Key(offeringId, memberId);
        this.status = "PENDING";
        this.appliedAt = now;
    }

    public void decide(boolean approved, String by, Instant now) {
        status = approved ? "APPROVED" : "DECLINED";
        decidedBy = by;
        decidedAt = now;
    }

    public Key getKey() { return key; }
    public String getStatus() { return status; }
    public boolean isApproved() { return "APPROVED".equals(status); }
    public Instant getAppliedAt() { return appliedAt; }
}

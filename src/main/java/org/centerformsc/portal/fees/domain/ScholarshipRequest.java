package org.centerformsc.portal.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.centerformsc.portal.fees.ScholarshipGrant;
import org.centerformsc.portal.fees.ScholarshipStatus;

import java.time.Instant;

/**
 * A member's request for a scholarship toward one offering, and staff's decision on it (docs/decisions/018). A
 * decision is made once; the version keeps two staff members from deciding the same request differently.
 */
@Entity
@Table(name = "scholarship_request")
public class ScholarshipRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScholarshipStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "grant_percent")
    private Integer grantPercent;

    @Column(name = "grant_minor")
    private Long grantMinor;

    private String currency;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected ScholarshipRequest() {
    }

    public ScholarshipRequest(long offeringId, long memberId, String reason, Instant now) {
        this.offeringId = offeringId;
        this.memberId = memberId;
        this.reason = reason;
        this.status = ScholarshipStatus.REQUESTED;
        this.requestedAt = now;
    }

    public boolean isOpen() {
        return status == ScholarshipStatus.REQUESTED;
    }

    public void grant(ScholarshipGrant grant, String staff, Instant now) {
        requireOpen();
        this.status = ScholarshipStatus.GRANTED;
        this.grantPercent = grant.percent();
        this.grantMinor = grant.amountMinor();
        this.currency = grant.currency();
        decided(staff, now);
    }

    public void decline(String why, String staff, Instant now) {
        requireOpen();
        this.status = ScholarshipStatus.DECLINED;
        this.declineReason = why;
        decided(staff, now);
    }

    private void decided(String staff, Instant now) {
        this.decidedBy = staff;
        this.decidedAt = now;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Scholarship request " + id + " was decided already");
        }
    }

    /** The grant, or null unless granted. */
    public ScholarshipGrant getGrant() {
        return status == ScholarshipStatus.GRANTED ? new ScholarshipGrant(grantPercent, grantMinor, currency) : null;
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

    public String getReason() {
        return reason;
    }

    public ScholarshipStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}

package org.centerformsc.portal.completion.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.centerformsc.portal.completion.CompletionSource;
import org.centerformsc.portal.completion.CompletionStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One program a member completed, with where the fact comes from and whether it is verified. */
@Entity
@Table(name = "completion")
public class Completion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "program_code", nullable = false, updatable = false)
    private String programCode;

    @Column(name = "offering_id", updatable = false)
    private Long offeringId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CompletionSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompletionStatus status;

    private String organisation;

    @Column(name = "certificate_name")
    private String certificateName;

    @Column(name = "certificate_type")
    private String certificateType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "certificate", columnDefinition = "MEDIUMBLOB")
    private byte[] certificate;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Completion() {
    }

    private Completion(long memberId, String programCode, Long offeringId, LocalDate completedOn,
                       CompletionSource source, CompletionStatus status, String by, Instant now) {
        this.memberId = memberId;
        this.programCode = programCode;
        this.offeringId = offeringId;
        this.completedOn = completedOn;
        this.source = source;
        this.status = status;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** A teacher or staff member marks a participant of an offering complete: verified at once. */
    public static Completion marked(long memberId, String programCode, Long offeringId, LocalDate completedOn,
                                    CompletionSource source, String by, Instant now) {
        return new Completion(memberId, programCode, offeringId, completedOn, source, CompletionStatus.VERIFIED, by,
                now);
    }

    /** A member's own claim of a completion elsewhere: waits for staff. */
    public static Completion claimed(long memberId, String programCode, String organisation, LocalDate completedOn,
                                     Certificate certificate, String by, Instant now) {
        Completion claim = new Completion(memberId, programCode, null, completedOn, CompletionSource.CLAIM,
                CompletionStatus.PENDING, by, now);
        claim.organisation = organisation;
        if (certificate != null) {
            claim.certificateName = certificate.fileName();
            claim.certificateType = certificate.contentType();
            claim.certificate = certificate.content();
        }
        return claim;
    }

    public void verify() {
        requireStatus(CompletionStatus.PENDING);
        status = CompletionStatus.VERIFIED;
    }

    public void reject(String reason) {
        requireStatus(CompletionStatus.PENDING);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason the member can read");
        }
        status = CompletionStatus.REJECTED;
        rejectionReason = reason.strip();
    }

    /** A teacher takes back a completion they marked (a mistake); the record stays for the audit trail. */
    public void revoke() {
        requireStatus(CompletionStatus.VERIFIED);
        status = CompletionStatus.REVOKED;
    }

    /** Marking again after a revocation restores it. */
    public void reinstate(LocalDate day) {
        requireStatus(CompletionStatus.REVOKED);
        status = CompletionStatus.VERIFIED;
        completedOn = day;
    }

    private void requireStatus(CompletionStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Completion is " + status + ", not " + expected);
        }
    }

    /** How the audit trail writes this completion's state. */
    public String snapshot() {
        return "status=" + status + ", program=" + programCode + ", completedOn=" + completedOn + ", source=" + source
                + (organisation == null ? "" : ", organisation=" + organisation)
                + (rejectionReason == null ? "" : ", reason=" + rejectionReason);
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public String getProgramCode() { return programCode; }
    public Long getOfferingId() { return offeringId; }
    public LocalDate getCompletedOn() { return completedOn; }
    public CompletionSource getSource() { return source; }
    public CompletionStatus getStatus() { return status; }
    public String getOrganisation() { return organisation; }
    public String getCertificateName() { return certificateName; }
    public String getCertificateType() { return certificateType; }
    public byte[] getCertificate() { return certificate; }
    public String getRejectionReason() { return rejectionReason; }
    public Instant getCreatedAt() { return createdAt; }
}

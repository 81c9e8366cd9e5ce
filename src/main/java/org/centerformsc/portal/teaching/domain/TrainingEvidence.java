package org.centerformsc.portal.teaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.centerformsc.portal.teaching.EvidenceKind;
import org.centerformsc.portal.teaching.EvidenceStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A mentor consultation (title = the mentor) or a continuing-education activity a teacher logged. */
@Entity
@Table(name = "training_evidence")
public class TrainingEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int minutes;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvidenceStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TrainingEvidence() {
    }

    public TrainingEvidence(long memberId, EvidenceKind kind, LocalDate happenedOn, String title, int minutes,
                            String note, Instant now) {
        this.memberId = memberId;
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.title = title;
        this.minutes = minutes;
        this.note = note;
        this.status = EvidenceStatus.LOGGED;
        this.createdAt = now;
    }

    public void verify(String by, Instant at) {
        decide(EvidenceStatus.VERIFIED, by, at);
        this.rejectionReason = null;
    }

    public void reject(String reason, String by, Instant at) {
        decide(EvidenceStatus.REJECTED, by, at);
        this.rejectionReason = reason;
    }

    private void decide(EvidenceStatus decision, String by, Instant at) {
        if (status != EvidenceStatus.LOGGED) {
            throw new IllegalStateException("Already " + status);
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getNote() {
        return note;
    }

    public EvidenceStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}

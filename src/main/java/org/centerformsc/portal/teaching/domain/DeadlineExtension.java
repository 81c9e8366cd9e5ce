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
import org.centerformsc.portal.teaching.Pathway.DeadlineKind;

import java.time.Instant;
import java.time.LocalDate;

/** Staff moved one deadline (identified by its kind and original date) to a later day, with a reason. */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeadlineKind deadline;

    @Column(name = "original_due_on", nullable = false, updatable = false)
    private LocalDate originalDueOn;

    @Column(name = "extended_to", nullable = false)
    private LocalDate extendedTo;

    @Column(nullable = false)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected DeadlineExtension() {
    }

    public DeadlineExtension(long memberId, DeadlineKind deadline, LocalDate originalDueOn) {
        this.memberId = memberId;
        this.deadline = deadline;
        this.originalDueOn = originalDueOn;
    }

    /** A later grant for the same deadline replaces the earlier one. */
    public void grant(LocalDate to, String reason, String by, Instant at) {
        if (!to.isAfter(originalDueOn)) {
            throw new IllegalArgumentException("An extension must be later than the original date");
        }
        this.extendedTo = to;
        this.reason = reason;
        this.grantedBy = by;
        this.grantedAt = at;
    }

    public DeadlineKind getDeadline() {
        return deadline;
    }

    public LocalDate getOriginalDueOn() {
        return originalDueOn;
    }

    public LocalDate getExtendedTo() {
        return extendedTo;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}

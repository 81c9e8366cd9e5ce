package org.centerformsc.portal.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to a completion. Written in the same transaction as the change; never updated. */
@Entity
@Table(name = "completion_audit")
public class CompletionAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "completion_id", nullable = false, updatable = false)
    private long completionId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", nullable = false, updatable = false)
    private String after;

    protected CompletionAudit() {
    }

    public CompletionAudit(long completionId, Instant changedAt, String changedBy, String before, String after) {
        this.completionId = completionId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.before = before;
        this.after = after;
    }

    public long getCompletionId() { return completionId; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}

package org.centerformsc.portal.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to a program's rule: who, when, the JSON before and after (null: no rule, open to all). */
@Entity
@Table(name = "prerequisite_rule_audit")
public class PrerequisiteRuleAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_code", nullable = false, updatable = false)
    private String programCode;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "before_json", updatable = false)
    private String beforeJson;

    @Column(name = "after_json", updatable = false)
    private String afterJson;

    protected PrerequisiteRuleAudit() {
    }

    public PrerequisiteRuleAudit(String programCode, Instant changedAt, String changedBy, String beforeJson,
                                 String afterJson) {
        this.programCode = programCode;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    public String getProgramCode() { return programCode; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getBeforeJson() { return beforeJson; }
    public String getAfterJson() { return afterJson; }
}

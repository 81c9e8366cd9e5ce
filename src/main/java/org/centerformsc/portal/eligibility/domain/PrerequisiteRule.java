package org.centerformsc.portal.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A program's rule tree as staff saved it (validated JSON). */
@Entity
@Table(name = "prerequisite_rule")
public class PrerequisiteRule {

    @Id
    @Column(name = "program_code")
    private String programCode;

    @Column(name = "rule_json", nullable = false)
    private String ruleJson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PrerequisiteRule() {
    }

    public PrerequisiteRule(String programCode, String ruleJson, String by, Instant now) {
        this.programCode = programCode;
        change(ruleJson, by, now);
    }

    public void change(String json, String by, Instant now) {
        this.ruleJson = json;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String getProgramCode() { return programCode; }
    public String getRuleJson() { return ruleJson; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}

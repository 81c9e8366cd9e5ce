package org.centerformsc.portal.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Staff decided that a member may take a program whatever its rule says; the reason is kept. */
@Entity
@Table(name = "eligibility_override")
public class EligibilityOverride {

    @Embeddable
    public record Key(@Column(name = "program_code") String programCode, @Column(name = "member_id") long memberId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    protected EligibilityOverride() {
    }

    public EligibilityOverride(String programCode, long memberId, String reason, String by, Instant now) {
        this.key = new Key(programCode, memberId);
        this.reason = reason;
        this.grantedBy = by;
        this.grantedAt = now;
    }
}

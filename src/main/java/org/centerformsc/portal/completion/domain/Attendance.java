package org.centerformsc.portal.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Whether a participant was at one session, as their teacher marked it. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Embeddable
    public record Key(@Column(name = "offering_id") long offeringId, @Column(name = "member_id") long memberId,
                      @Column(name = "session_starts_at") Instant sessionStartsAt) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    protected Attendance() {
    }

    public Attendance(Key key, boolean present, String by, Instant now) {
        this.key = key;
        mark(present, by, now);
    }

    public void mark(boolean present, String by, Instant now) {
        this.present = present;
        this.markedBy = by;
        this.markedAt = now;
    }

    public Key getKey() { return key; }
    public boolean isPresent() { return present; }
}

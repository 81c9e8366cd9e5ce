package org.centerformsc.portal.replay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Where a member stopped in a replay. */
@Entity
@Table(name = "watch_position")
public class WatchPosition {

    @Embeddable
    public record Key(@Column(name = "replay_id") long replayId, @Column(name = "member_id") long memberId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "position_seconds", nullable = false)
    private int positionSeconds;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WatchPosition() {
    }

    public WatchPosition(Key key, int positionSeconds, Instant now) {
        this.key = key;
        move(positionSeconds, now);
    }

    public void move(int seconds, Instant now) {
        this.positionSeconds = Math.max(0, seconds);
        this.updatedAt = now;
    }

    public Key getKey() { return key; }
    public int getPositionSeconds() { return positionSeconds; }
    public Instant getUpdatedAt() { return updatedAt; }
}

package org.centerformsc.portal.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** A member's personal feed secret. Knowing the token is the only key to the feed, so it is long and random. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long memberId, Instant now) {
        this.memberId = memberId;
        regenerate(now);
    }

    /** A new secret; the old feed address stops working at once. */
    public void regenerate(Instant now) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
        this.createdAt = now;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getToken() {
        return token;
    }
}

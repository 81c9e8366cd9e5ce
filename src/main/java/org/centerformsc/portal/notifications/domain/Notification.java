package org.centerformsc.portal.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.centerformsc.portal.notifications.NotificationKind;

import java.time.Instant;

/** One notification of one member, read in the portal; its e-mail's delivery is the sender's (plain SQL). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(updatable = false)
    private String variant;

    @Column(nullable = false, updatable = false)
    private String params;

    @Column(updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false, insertable = false, updatable = false)
    private EmailStatus emailStatus;

    protected Notification() {
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getVariant() {
        return variant;
    }

    public String getParams() {
        return params;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public EmailStatus getEmailStatus() {
        return emailStatus;
    }
}

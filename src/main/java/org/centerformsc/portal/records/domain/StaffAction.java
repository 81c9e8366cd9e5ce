package org.centerformsc.portal.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing staff did on a member's behalf: written in the transaction of the action; never updated. */
@Entity
@Table(name = "staff_action")
public class StaffAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String detail;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected StaffAction() {
    }

    public StaffAction(long memberId, String actor, String action, String detail, Instant actedAt) {
        this.memberId = memberId;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.actedAt = actedAt;
    }

    public long getMemberId() { return memberId; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getDetail() { return detail; }
    public Instant getActedAt() { return actedAt; }
}

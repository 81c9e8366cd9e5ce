package org.centerformsc.portal.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One practice a member logged. */
@Entity
@Table(name = "practice_entry")
public class PracticeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "practiced_on", nullable = false)
    private LocalDate practicedOn;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private String practice;

    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PracticeEntry() {
    }

    public PracticeEntry(long memberId, LocalDate practicedOn, int minutes, String practice, String note, Instant now) {
        this.memberId = memberId;
        this.practicedOn = practicedOn;
        this.minutes = minutes;
        this.practice = practice;
        this.note = note;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public LocalDate getPracticedOn() { return practicedOn; }
    public int getMinutes() { return minutes; }
    public String getPractice() { return practice; }
    public String getNote() { return note; }
}

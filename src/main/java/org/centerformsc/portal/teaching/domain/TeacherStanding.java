package org.centerformsc.portal.teaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.PathwayStage;
import org.centerformsc.portal.teaching.TrainingLevel;

import java.time.Instant;
import java.time.LocalDate;

/** The stored result of the pathway for one teacher, so that lists can filter 10,000 teachers in the database. */
@Entity
@Table(name = "teacher_standing")
public class TeacherStanding {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_level", nullable = false)
    private TrainingLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PathwayStage stage;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_due_kind")
    private Pathway.DeadlineKind nextDueKind;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected TeacherStanding() {
    }

    public TeacherStanding(long memberId) {
        this.memberId = memberId;
    }

    public void update(Pathway pathway, Instant now) {
        this.level = pathway.level();
        this.stage = pathway.current();
        this.nextDueOn = pathway.nextDeadline().map(Pathway.Deadline::due).orElse(null);
        this.nextDueKind = pathway.nextDeadline().map(Pathway.Deadline::kind).orElse(null);
        this.computedAt = now;
    }

    public long getMemberId() {
        return memberId;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public PathwayStage getStage() {
        return stage;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public Pathway.DeadlineKind getNextDueKind() {
        return nextDueKind;
    }
}

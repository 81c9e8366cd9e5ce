package org.centerformsc.portal.teaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where one teacher stands on the pathway on a given day. */
public record Pathway(TrainingLevel level, PathwayStage current, List<StageProgress> stages, List<Deadline> deadlines,
                      RenewalCycle renewal, LocalDate certifiedOn) {

    public enum StageState { DONE, CURRENT, AHEAD, LAPSED }

    public enum DeadlineKind { CERTIFICATION, RENEWAL }

    public enum DeadlineStatus { ON_TRACK, DUE_SOON, OVERDUE }

    /** One requirement of a stage: e.g. "consultations", 8 done of 10. */
    public record Requirement(String key, int done, int required) {
        public boolean met() {
            return done >= required;
        }

        public int toGo() {
            return Math.max(0, required - done);
        }
    }

    /** reachedOn is null for a stage that counts as done only because a later one is on record. */
    public record StageProgress(PathwayStage stage, StageState state, LocalDate reachedOn,
                                List<Requirement> requirements) {
    }

    /** An open deadline; due is originalDue unless staff extended it. */
    public record Deadline(DeadlineKind kind, LocalDate originalDue, LocalDate due, DeadlineStatus status) {
        public boolean extended() {
            return !due.equals(originalDue);
        }
    }

    /** The current (or lapsed) renewal cycle of a certified teacher. */
    public record RenewalCycle(LocalDate startedOn, LocalDate originalDue, LocalDate due, Requirement ceHours,
                               Requirement consultations, boolean lapsed) {
        public boolean met() {
            return ceHours.met() && consultations.met();
        }
    }

    public Optional<Deadline> nextDeadline() {
        return deadlines.stream().min(java.util.Comparator.comparing(Deadline::due));
    }

    public Optional<RenewalCycle> renewalCycle() {
        return Optional.ofNullable(renewal);
    }
}

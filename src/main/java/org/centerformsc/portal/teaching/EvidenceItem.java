package org.centerformsc.portal.teaching;

import java.time.LocalDate;

/**
 * One dated record on a teacher's timeline. evidenceId is set for what the teacher logged (consultations and
 * continuing education), which staff verify; completions and courses taught are verified where they come from.
 */
public record EvidenceItem(LocalDate on, Type type, String title, String detail, int minutes, EvidenceStatus status,
                           Long evidenceId, String rejectionReason) {

    public enum Type { COMPLETION, COURSE_TAUGHT, TRAINING_TAUGHT, CONSULTATION, CONTINUING_EDUCATION }
}

package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

import java.util.List;

/** One teacher's pathway with the evidence behind it, newest first (My training, and staff's view of a teacher). */
public record TeacherTraining(MemberId member, String name, Pathway pathway, List<EvidenceItem> timeline,
                              List<Extension> extensions) {

    /** extendedTo is the new due date; reason and grantedBy for the record. */
    public record Extension(Pathway.DeadlineKind kind, java.time.LocalDate originalDue, java.time.LocalDate extendedTo,
                            String reason, String grantedBy) {
    }
}

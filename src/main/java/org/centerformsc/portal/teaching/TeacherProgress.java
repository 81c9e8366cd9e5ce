package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;

/** A line of the staff overview of all teachers. */
public record TeacherProgress(MemberId member, String name, TrainingLevel level, PathwayStage stage,
                              LocalDate nextDueOn, Pathway.DeadlineKind nextDueKind) {
}

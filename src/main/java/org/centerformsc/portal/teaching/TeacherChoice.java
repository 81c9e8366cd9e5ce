package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

/** A teacher staff can assign to an offering: who, and their training level. */
public record TeacherChoice(MemberId id, String name, TrainingLevel level) {
}

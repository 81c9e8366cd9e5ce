package org.centerformsc.portal.practice;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;

/** A member's daily practice reminder came due, on {@code day} in their zone; published in the run that advances it. */
public record PracticeReminderDue(MemberId member, LocalDate day) {
}

package org.centerformsc.portal.practice;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;
import java.util.List;

/**
 * A batch of members' daily practice reminders came due, each on its day in the member's zone; published in the run
 * that advances them, as one event so that they are recorded together.
 */
public record PracticeRemindersDue(List<Due> reminders) {

    public record Due(MemberId member, LocalDate day) {
    }
}

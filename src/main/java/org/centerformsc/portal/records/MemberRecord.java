package org.centerformsc.portal.records;

import org.centerformsc.portal.completion.CompletionLine;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.practice.PracticeSummary;
import org.centerformsc.portal.replay.ReplayWatched;

import java.util.List;
import java.util.Set;

/**
 * Everything staff see on a member's page but their gifts, which page on their own ({@code giftCount} of them), and
 * the audit of staff actions, newest first (the latest {@link MemberRecordService#AUDIT_LINES}).
 */
public record MemberRecord(MemberProfile profile, Set<String> roles, List<EnrollmentLine> places,
                           List<CompletionLine> completions, PracticeSummary practice,
                           List<RecurringGiftView> recurringGifts, long giftCount, List<ReplayWatched> replays,
                           List<StaffActionLine> audit) {
}

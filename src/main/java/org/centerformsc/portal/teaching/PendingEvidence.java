package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;

/** Evidence waiting for staff to verify it. */
public record PendingEvidence(long id, MemberId member, String teacherName, EvidenceKind kind, LocalDate on,
                              String title, int minutes, String note) {
}

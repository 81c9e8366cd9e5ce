package org.centerformsc.portal.completion;

import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/** One change to a completion: whose, of which program, who made it and when, the state before and after. */
public record AuditLine(long completionId, MemberId member, String memberName, String programCode,
                        String programName, Instant changedAt, String changedBy, String before, String after) {
}

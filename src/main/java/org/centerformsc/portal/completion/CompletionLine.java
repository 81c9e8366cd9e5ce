package org.centerformsc.portal.completion;

import java.time.LocalDate;

/** A completion as its member (My path) or staff (queue) see it. */
public record CompletionLine(long id, long memberId, String memberName, String programCode, String programName,
                             LocalDate completedOn, CompletionSource source, CompletionStatus status,
                             String organisation, String certificateName, String rejectionReason) {
}

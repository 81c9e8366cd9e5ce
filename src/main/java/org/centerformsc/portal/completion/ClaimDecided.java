package org.centerformsc.portal.completion;

import org.centerformsc.portal.member.MemberId;

/**
 * Published in the transaction where staff verify or reject a member's claim of an outside completion; a rejection
 * carries the reason the member reads.
 */
public record ClaimDecided(long completion, MemberId member, String programCode, CompletionStatus status,
                           String reason) {

    public boolean verified() {
        return status == CompletionStatus.VERIFIED;
    }
}

package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

/**
 * Published in the transaction where staff verify or reject what a teacher logged; {@code title} is the teacher's
 * own name for it (the activity, or the mentor consulted), a rejection carries the reason the teacher reads.
 */
public record EvidenceDecided(long evidence, MemberId teacher, String title, EvidenceStatus status, String reason) {

    public boolean verified() {
        return status == EvidenceStatus.VERIFIED;
    }
}

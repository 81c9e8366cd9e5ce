package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

/**
 * Staff decided a member's scholarship request for an offering: {@code grant} when granted, else null and the
 * {@code declineReason} the member reads. Published inside the deciding transaction.
 */
public record ScholarshipDecided(long requestId, MemberId member, OfferingId offering, ScholarshipGrant grant,
                                 String declineReason) {

    public boolean granted() {
        return grant != null;
    }
}

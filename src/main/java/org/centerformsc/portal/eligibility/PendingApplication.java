package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

public record PendingApplication(OfferingId offering, String offeringTitle, MemberId member, String memberName,
                                 Instant appliedAt) {
}

package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

public record EnrollmentWithdrawn(OfferingId offeringId, MemberId memberId, EnrollmentStatus previousStatus) {
}

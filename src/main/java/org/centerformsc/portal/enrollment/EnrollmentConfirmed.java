package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;

/** A member holds a seat: enrolled directly or promoted from the waitlist. */
public record EnrollmentConfirmed(OfferingId offeringId, MemberId memberId, boolean fromWaitlist) {
}

package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.member.MemberId;

import java.util.List;

/**
 * A member asking for a place, as enrollment sees it before taking a seat: the offering, the member, and their
 * active enrollments and waitlist places (without this offering).
 */
public record EnrollmentRequest(OfferingCard offering, MemberId member, List<MyEnrollment> enrollments) {
}

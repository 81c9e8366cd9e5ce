package org.centerformsc.portal.records;

import org.centerformsc.portal.enrollment.MyEnrollment;

import java.time.Instant;

/** One of a member's places with the offering it is in: code, title, first session. */
public record EnrollmentLine(MyEnrollment place, String offeringCode, String offeringTitle, Instant startsAt) {
}

package org.centerformsc.portal.enrollment;

public enum EnrollmentStatus {
    ENROLLED, WAITLISTED, WITHDRAWN
}

package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.domain.Enrollment;
import org.centerformsc.portal.enrollment.domain.EnrollmentRepository;
import org.centerformsc.portal.member.MemberId;
import org.springframework.stereotype.Component;

import java.util.List;

/** A member's seats and waitlist places as {@link MyEnrollment}s; callers hold a transaction. */
@Component
class Places {

    private final EnrollmentRepository enrollments;

    Places(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    /** The member's active enrollments and waitlist places, oldest request first. */
    List<MyEnrollment> of(MemberId member) {
        // one statement for every place and its position in line: a dashboard shows many
        return enrollments.findActiveOfMemberWithPositions(member.value()).stream()
                .map(row -> of((Enrollment) row[0], ((Number) row[1]).intValue())).toList();
    }

    MyEnrollment of(Enrollment enrollment) {
        return of(enrollment, enrollment.getStatus() == EnrollmentStatus.WAITLISTED
                ? (int) enrollments.waitlistPosition(enrollment.getOfferingId(), enrollment.getWaitlistRank()) : 0);
    }

    private static MyEnrollment of(Enrollment enrollment, int waitlistPosition) {
        int position = enrollment.getStatus() == EnrollmentStatus.WAITLISTED ? waitlistPosition : 0;
        return new MyEnrollment(new OfferingId(enrollment.getOfferingId()), enrollment.getStatus(), position,
                enrollment.getCurrency(), enrollment.getPriceDueMinor(), enrollment.getRequestedAt(),
                enrollment.getHoldExpiresAt());
    }
}

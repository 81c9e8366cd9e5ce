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
        return enrollments.findActiveOfMember(member.value()).stream().map(this::of).toList();
    }

    MyEnrollment of(Enrollment enrollment) {
        int position = enrollment.getStatus() == EnrollmentStatus.WAITLISTED
                ? (int) enrollments.waitlistPosition(enrollment.getOfferingId(), enrollment.getWaitlistRank()) : 0;
        return new MyEnrollment(new OfferingId(enrollment.getOfferingId()), enrollment.getStatus(), position,
                enrollment.getCurrency(), enrollment.getPriceDueMinor(), enrollment.getRequestedAt(),
                enrollment.getHoldExpiresAt());
    }
}

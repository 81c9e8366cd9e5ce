package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.enrollment.SeatService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff enroll a member on their behalf, either as the prerequisites judge them or overriding them with a reason.
 * It lives in eligibility because the override is eligibility's record and enrollment must not know eligibility
 * (docs/decisions/006, 011 and 014). No transaction of its own: the place is taken in the offering's turn, which
 * records the override in the same transaction.
 */
@Service
public class StaffEnrollmentService {

    private static final int REASON_MAX = 1000;

    private final SeatService seats;
    private final EligibilityService eligibility;
    private final CatalogService catalog;

    StaffEnrollmentService(SeatService seats, EligibilityService eligibility, CatalogService catalog) {
        this.seats = seats;
        this.eligibility = eligibility;
        this.catalog = catalog;
    }

    /** A seat or waitlist place for a member who meets the prerequisites (or whom an earlier override admitted). */
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public MyEnrollment enroll(OfferingId offering, MemberId member) {
        return seats.enrollOnBehalf(offering, member);
    }

    /**
     * A seat or waitlist place whatever the program's prerequisites say, with an override of them for this member
     * and program (reason, who and when: the audit record) stored in the same transaction as the place.
     *
     * @throws EnrollmentRefused {@code seats.refused.reason} when the reason is blank or too long; nothing is stored
     */
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public MyEnrollment enrollOverridingPrerequisites(OfferingId offering, MemberId member, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new EnrollmentRefused("seats.refused.reason");
        }
        String program = catalog.offering(offering).map(OfferingDetails::card)
                .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.unknown")).programCode();
        return seats.enrollOverriding(offering, member,
                () -> eligibility.grantOverride(program, member, reason.strip()));
    }
}

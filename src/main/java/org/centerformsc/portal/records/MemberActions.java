package org.centerformsc.portal.records;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.eligibility.StaffEnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.ReceiptResends;
import org.centerformsc.portal.records.domain.StaffAction;
import org.centerformsc.portal.records.domain.StaffActionRepository;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What staff do on a member's behalf from the member's page, through the owning features' services; each action
 * is written to the staff audit (who, when, what, on whom) and listed on the page (docs/decisions/022).
 */
@Service
public class MemberActions {

    private static final int REASON_MAX = 1000;

    private final StaffEnrollmentService staffEnrollment;
    private final CompletionService completions;
    private final CatalogService catalog;
    private final GivingService giving;
    private final ReceiptResends receipts;
    private final MemberService members;
    private final StaffActionRepository actions;
    private final Clock clock;

    MemberActions(StaffEnrollmentService staffEnrollment, CompletionService completions, CatalogService catalog,
                  GivingService giving, ReceiptResends receipts, MemberService members,
                  StaffActionRepository actions, Clock clock) {
        this.staffEnrollment = staffEnrollment;
        this.completions = completions;
        this.catalog = catalog;
        this.giving = giving;
        this.receipts = receipts;
        this.members = members;
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * Enrolls the member in an offering as the seats page does: as the prerequisites judge them, or with a reason
     * overriding them. No transaction around it: the place is taken in the offering's own turn (docs/decisions/014),
     * and the audit row is written once the place is.
     *
     * @throws EnrollmentRefused with a message for staff; nothing is stored then
     */
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public MyEnrollment enroll(MemberId member, OfferingId offering, String overrideReason) {
        String code = catalog.offerings(java.util.List.of(offering)).stream().findFirst()
                .map(details -> details.card().code())
                .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.unknown"));
        boolean overriding = overrideReason != null;
        if (overriding && (overrideReason.isBlank() || overrideReason.strip().length() > REASON_MAX)) {
            throw new EnrollmentRefused("seats.refused.reason");
        }
        MyEnrollment place = overriding
                ? staffEnrollment.enrollOverridingPrerequisites(offering, member, overrideReason)
                : staffEnrollment.enroll(offering, member);
        audit(member, StaffActionKind.ENROLLED, code + " " + place.status().name()
                + (overriding ? " (" + overrideReason.strip() + ")" : ""));
        return place;
    }

    /**
     * Records that the member completed a program on a day (verified, by staff), through completion's staff path,
     * which keeps one verified completion per member and program and audits it as completions are.
     *
     * @throws MemberActionRefused for an unknown program or a day in the future or before 2000
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long recordCompletion(MemberId member, String programCode, LocalDate completedOn) {
        if (programCode == null || !catalog.programNames().containsKey(programCode)) {
            throw new MemberActionRefused("records.refused.program");
        }
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        if (completedOn == null || completedOn.isAfter(today.plusDays(1))
                || completedOn.isBefore(LocalDate.of(2000, 1, 1))) {
            throw new MemberActionRefused("records.refused.day");
        }
        requireMember(member);
        long completion = completions.recordVerified(member, programCode, null, completedOn);
        audit(member, StaffActionKind.COMPLETION_RECORDED, programCode + " " + completedOn);
        return completion;
    }

    /**
     * Sends the receipt of one of the member's gifts again, through the notifications' outbox like the first one.
     *
     * @throws MemberActionRefused when the gift is not the member's
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void resendReceipt(MemberId member, long giftId) {
        GiftSummary gift = giving.giftOf(member, giftId)
                .orElseThrow(() -> new MemberActionRefused("records.refused.gift"));
        receipts.giftReceipt(member, gift);
        audit(member, StaffActionKind.RECEIPT_RESENT, "#" + gift.id());
    }

    private void requireMember(MemberId member) {
        if (members.profileOf(member).isEmpty()) {
            throw new MemberActionRefused("records.refused.member");
        }
    }

    private void audit(MemberId member, StaffActionKind kind, String detail) {
        String shortened = detail.length() > REASON_MAX ? detail.substring(0, REASON_MAX) : detail;
        actions.save(new StaffAction(member.value(), members.actorName(), kind.name(), shortened, clock.instant()));
    }
}

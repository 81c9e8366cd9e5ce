package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.domain.Enrollment;
import org.centerformsc.portal.enrollment.domain.EnrollmentRepository;
import org.centerformsc.portal.enrollment.domain.Waitlist;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Staff's work on an offering's seats: who holds a seat or waits, enrolling a member on their behalf, moving a
 * member to another run of the same program, removing a member and reordering the waitlist. Every change runs in
 * the offerings' turns ({@link SeatTurns}), so staff never overbook either (docs/decisions/005 and 014).
 */
@Service
public class SeatService {

    private static final String STAFF = "hasRole('" + Roles.STAFF + "')";

    private final EnrollmentRepository enrollments;
    private final SeatTurns turns;
    private final Waitlist waitlist;
    private final Admission admission;
    private final MemberService members;
    private final SeatHolds holds;
    private final Clock clock;
    private final TransactionTemplate readTransaction;

    SeatService(EnrollmentRepository enrollments, SeatTurns turns, Waitlist waitlist, Admission admission,
                MemberService members, SeatHolds holds, Clock clock, PlatformTransactionManager transactions) {
        this.enrollments = enrollments;
        this.turns = turns;
        this.waitlist = waitlist;
        this.admission = admission;
        this.members = members;
        this.holds = holds;
        this.clock = clock;
        this.readTransaction = new TransactionTemplate(transactions);
        this.readTransaction.setReadOnly(true);
    }

    /**
     * One page of an offering's enrolled members (in the order they were seated) or of its waitlist (first in line
     * first), with names and e-mail addresses read in one look-up.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<SeatHolder> holders(OfferingId offering, EnrollmentStatus status, int offset, int limit) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new IllegalArgumentException("Withdrawn members hold no place");
        }
        int size = Math.max(1, limit);
        Sort order = status == EnrollmentStatus.WAITLISTED ? Sort.by("waitlistRank") : Sort.by("id");
        PageRequest page = PageRequest.of(offset / size, size, order);
        // members holding a seat while they pay are listed with the enrolled: their seat is taken
        List<EnrollmentStatus> statuses = status == EnrollmentStatus.WAITLISTED ? List.of(status)
                : List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.HELD);
        return holders(enrollments.findByOfferingIdAndStatusIn(offering.value(), statuses, page),
                (int) page.getOffset());
    }

    /** Everyone with a place in the offering: the enrolled, then the waitlist in order. For the roster export. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<SeatHolder> seatsOf(OfferingId offering) {
        List<Enrollment> places = new ArrayList<>(enrollments.findByOfferingIdAndStatusInOrderByIdAsc(offering.value(),
                List.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.HELD)));
        List<Enrollment> line = waitlist.line(offering.value());
        places.addAll(line);
        return holders(places, -(places.size() - line.size()));
    }

    /**
     * Enrolls a member for them (a registration by phone, a scholarship): a seat if one is free, else the end of the
     * waitlist. The registration window applies, and the prerequisites judge the member as when they enroll
     * themselves; to enroll someone they refuse, staff override them ({@link #enrollOverriding}).
     *
     * @throws EnrollmentRefused with a message for staff
     */
    @PreAuthorize(STAFF)
    public MyEnrollment enrollOnBehalf(OfferingId offeringId, MemberId member) {
        OfferingCard offering = readTransaction.execute(status -> {
            OfferingCard card = admission.card(offeringId);
            try {
                admission.judge(card, member, "seats.refused.already");
            } catch (EnrollmentRefused refused) {
                throw new EnrollmentRefused(refused.messageKey().replace("enrollment.refused.", "seats.refused."));
            }
            return card;
        });
        return seatAlone(offering, member, () -> { });
    }

    /**
     * Enrolls a member whom the prerequisites may refuse, because staff decided otherwise. {@code recordOverride}
     * records that decision (eligibility's override: who, why, when) in the same transaction as the place, so both
     * are stored or neither; the registration window and the seats still apply.
     *
     * @throws EnrollmentRefused with a message for staff
     */
    @PreAuthorize(STAFF)
    public MyEnrollment enrollOverriding(OfferingId offeringId, MemberId member, Runnable recordOverride) {
        return seatAlone(admission.card(offeringId), member, recordOverride);
    }

    /**
     * Moves a member to another offering of the same program: a seat there if one is free, else the end of its
     * waitlist (at the price due when they first asked), and their place in {@code from} goes to the first in line.
     * Both offerings' turns are held for one transaction, so the member never holds two places or none.
     *
     * @throws EnrollmentRefused with a message for staff
     */
    @PreAuthorize(STAFF)
    public MyEnrollment move(MemberId member, OfferingId from, OfferingId to) {
        if (from.equals(to)) {
            throw new EnrollmentRefused("seats.refused.sameoffering");
        }
        OfferingCard source = admission.card(from);
        OfferingCard target = admission.card(to);
        if (!source.programCode().equals(target.programCode())) {
            throw new EnrollmentRefused("seats.refused.otherprogram");
        }
        return turns.together(from, to, () -> {
            Enrollment place = enrollments.findActive(from.value(), member.value())
                    .orElseThrow(() -> new EnrollmentRefused("seats.refused.noplace"));
            MyEnrollment moved = turns.seatInTurn(target, member, place.getRequestedAt())
                    .orElseThrow(() -> new EnrollmentRefused("seats.refused.alreadythere"));
            Instant now = clock.instant();
            waitlist.release(place, source.capacity(), holds.payAfterPromotionUntil(now), now);
            return moved;
        });
    }

    /** Takes a member's seat or waitlist place away; a freed seat goes to the first in line. */
    @PreAuthorize(STAFF)
    public void remove(MemberId member, OfferingId offering) {
        Integer capacity = admission.card(offering).capacity();
        turns.alone(offering, () -> {
            Enrollment place = enrollments.findActive(offering.value(), member.value())
                    .orElseThrow(() -> new EnrollmentRefused("seats.refused.noplace"));
            Instant now = clock.instant();
            waitlist.release(place, capacity, holds.payAfterPromotionUntil(now), now);
            return null;
        });
    }

    /** Puts a waitlisted member at {@code position} in the line (1 = the next to be seated). */
    @PreAuthorize(STAFF)
    public void moveInWaitlist(MemberId member, OfferingId offering, int position) {
        turns.alone(offering, () -> {
            Enrollment waiting = enrollments.findActive(offering.value(), member.value())
                    .filter(place -> place.getStatus() == EnrollmentStatus.WAITLISTED)
                    .orElseThrow(() -> new EnrollmentRefused("seats.refused.notwaiting"));
            List<Enrollment> line = waitlist.line(offering.value());
            if (position < 1 || position > line.size()) {
                throw new EnrollmentRefused("seats.refused.position");
            }
            waitlist.reorder(line, waiting, position);
            return null;
        });
    }

    private MyEnrollment seatAlone(OfferingCard offering, MemberId member, Runnable first) {
        return turns.alone(offering.id(), () -> {
            first.run();
            return turns.seatInTurn(offering, member, clock.instant())
                    .orElseThrow(() -> new EnrollmentRefused("seats.refused.already"));
        });
    }


    /**
     * Places with their members' names and addresses; a waitlisted place's position counts from
     * {@code lineStart} (the offset of the first row in the line, negative when enrolled rows come first).
     */
    private List<SeatHolder> holders(List<Enrollment> places, int lineStart) {
        Map<MemberId, MemberProfile> profiles = members.profiles(places.stream()
                .map(place -> new MemberId(place.getMemberId())).toList());
        List<SeatHolder> holders = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Enrollment place = places.get(i);
            MemberProfile profile = profiles.get(new MemberId(place.getMemberId()));
            holders.add(new SeatHolder(new MemberId(place.getMemberId()), profile.displayName(), profile.email(),
                    place.getStatus(), place.getStatus() == EnrollmentStatus.WAITLISTED ? lineStart + i + 1 : 0));
        }
        return holders;
    }
}

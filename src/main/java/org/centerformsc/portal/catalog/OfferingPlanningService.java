package org.centerformsc.portal.catalog;

import org.centerformsc.portal.catalog.domain.Offering;
import org.centerformsc.portal.catalog.domain.OfferingRepository;
import org.centerformsc.portal.catalog.domain.Program;
import org.centerformsc.portal.catalog.domain.ProgramRepository;
import org.centerformsc.portal.catalog.domain.Session;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.centerformsc.portal.base.Caches;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Staff plan offerings (draft, publish, cancel, lock prices); teachers propose offerings of the programs they are
 * qualified for and edit only their own drafts, which staff approve or send back. Every rule is checked here, on
 * the server, whatever the form showed. See docs/decisions/015.
 */
@Service
public class OfferingPlanningService {

    private final OfferingRepository offerings;
    private final ProgramRepository programs;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final List<CapacityGuard> capacityGuards;
    private final List<ProposalGate> proposalGates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferingPlanningService(OfferingRepository offerings, ProgramRepository programs, MemberService members,
                            CurrentMember currentMember, List<CapacityGuard> capacityGuards,
                            List<ProposalGate> proposalGates, ApplicationEventPublisher events, Clock clock) {
        this.offerings = offerings;
        this.programs = programs;
        this.members = members;
        this.currentMember = currentMember;
        this.capacityGuards = capacityGuards;
        this.proposalGates = proposalGates;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft: staff's own, or a teacher's proposal (which the teacher then sends for approval). */
    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.TEACHER + "')")
    public OfferingId create(OfferingDraft draft) {
        DraftCheck.Checked checked = DraftCheck.check(draft);
        Program program = program(draft.programCode());
        if (!program.isActive()) {
            // an archived program keeps its offerings and takes no new one (docs/decisions/013)
            throw new OfferingRefused("programCode", "program.refused.archived");
        }
        boolean staff = currentMember.hasRole(Roles.STAFF);
        MemberId proposer = staff ? null : members.currentMemberId();
        if (!staff) {
            proposalGates.forEach(gate -> gate.checkQualified(proposer, program.getCode()));
        }
        String code = draft.code().strip();
        if (offerings.existsByCode(code)) {
            throw new OfferingRefused("code", "offering.refused.codetaken");
        }
        Offering offering = new Offering(OfferingStatus.DRAFT, program, code, draft.title().strip(), draft.zone(),
                draft.format(), venue(draft), draft.language(), draft.capacity(), checked.price(),
                checked.registrationOpens(), checked.registrationCloses(), teacherNames(draft, checked),
                sessions(checked), blankToNull(draft.joinUrl()));
        offering.describe(blankToNull(draft.description()), blankToNull(draft.venueAddress()),
                blankToNull(draft.venueCity()));
        offering.teachBy(ids(draft.teachers()));
        offering.refundBy(checked.refund());
        offering.offer(checked.options());
        if (!staff) {
            offering.proposedBy(proposer.value());
        }
        return new OfferingId(offerings.save(offering).getId());
    }

    /**
     * Saves the form over an existing offering. Teachers: only their own proposal while it is a draft, and not the
     * price once staff locked it. Seats already taken bound the capacity; moved sessions of a published run are
     * announced to its members.
     */
    // enrollment counts and releases seats under the offering's seat lock in this transaction: it must see what
    // seat turns committed while it waited for that lock (docs/decisions/005)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.TEACHER + "')")
    public void update(OfferingId id, OfferingDraft draft) {
        Offering offering = editable(id);
        DraftCheck.Checked checked = DraftCheck.check(draft);
        if (!offering.getCode().equals(draft.code().strip())) {
            throw new OfferingRefused("code", "offering.refused.codefixed");
        }
        if (offering.isPriceLocked() && !currentMember.hasRole(Roles.STAFF)
                && (!offering.getPrice().equals(checked.price())
                || !offering.getRefundPolicy().equals(checked.refund())
                || !offering.getFeeOptions().equals(checked.options()))) {
            throw new OfferingRefused("price", "offering.refused.pricelocked");
        }
        capacityGuards.forEach(guard -> guard.checkCapacity(id, draft.capacity()));
        boolean moved = offering.revise(draft.title().strip(), blankToNull(draft.description()), draft.format(),
                venue(draft), blankToNull(draft.venueAddress()), blankToNull(draft.venueCity()), draft.zone(),
                draft.language(), draft.capacity(), checked.price(), checked.registrationOpens(),
                checked.registrationCloses(), teacherNames(draft, checked), sessions(checked),
                blankToNull(draft.joinUrl()));
        offering.refundBy(checked.refund());
        offering.offer(checked.options());
        if (currentMember.hasRole(Roles.STAFF)) {
            offering.teachBy(ids(draft.teachers()));
        }
        if (moved && offering.getStatus() == OfferingStatus.PUBLISHED) {
            events.publishEvent(new OfferingRescheduled(id, offering.getTitle(), offering.getZone(),
                    checked.sessions()));
        }
    }

    /** The teacher sends their draft to staff. */
    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void submitForApproval(OfferingId id) {
        ownDraft(id).submitForApproval();
    }

    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void publish(OfferingId id) {
        offering(id).publish();
    }

    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void sendBack(OfferingId id, String note) {
        offering(id).sendBack(note);
    }

    /** Published runs whose last session has ended become completed; the portal's own hourly work. */
    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public int completeEnded() {
        return offerings.completeEnded(clock.instant());
    }

    /** Cancels with a reason; enrollment releases every place and tells the members (OfferingCancelled). */
    // enrollment counts and releases seats under the offering's seat lock in this transaction: it must see what
    // seat turns committed while it waited for that lock (docs/decisions/005)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void cancel(OfferingId id, String reason) {
        Offering offering = offering(id);
        offering.cancel(reason, clock.instant());
        events.publishEvent(new OfferingCancelled(id, offering.getTitle(), offering.getCancelReason()));
    }

    @Transactional
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void lockPrice(OfferingId id, boolean locked) {
        offering(id).lockPrice(locked);
    }

    /** Teachers' proposals waiting for staff, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<PlannedOffering> awaitingApproval(int offset, int limit) {
        int size = Math.max(1, limit);
        return planned(offerings.findByStatusOrderByIdAsc(OfferingStatus.AWAITING_APPROVAL,
                PageRequest.of(offset / size, size)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countAwaitingApproval() {
        return offerings.countByStatus(OfferingStatus.AWAITING_APPROVAL);
    }

    /** What the signed-in teacher proposed, newest first, with where each stands. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public List<PlannedOffering> myProposals() {
        return planned(offerings.findByProposedByOrderByIdDesc(members.currentMemberId().value()));
    }

    /**
     * The offering as its form shows it, for staff and the teacher who proposed it: sessions as a custom list of
     * local days and hours in its zone, the early bird's last day, the registration days.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.TEACHER + "')")
    public OfferingDraft draftOf(OfferingId id) {
        Offering o = offering(id);
        requireStaffOrProposer(o);
        ZoneId zone = o.getZone();
        Price price = o.getPrice();
        int digits = java.util.Currency.getInstance(price.currency()).getDefaultFractionDigits();
        List<Schedule.LocalSession> sessions = o.getSessions().stream().map(s -> new Schedule.LocalSession(
                s.getStartsAt().atZone(zone).toLocalDate(), s.getStartsAt().atZone(zone).toLocalTime(),
                s.getEndsAt().atZone(zone).toLocalTime())).toList();
        List<MemberId> teachers = o.getInstructors().stream().map(MemberId::new).toList();
        List<String> teacherNames = teachers.isEmpty() ? List.of() : List.copyOf(members.names(teachers).values());
        return new OfferingDraft(o.getProgram().getCode(), o.getCode(), o.getTitle(), o.getDescription(),
                o.getFormat(), o.getVenue(), o.getVenueAddress(), o.getVenueCity(), zone, o.getLanguage(),
                o.getCapacity(), teachers, o.getTeachers().stream().filter(name -> !teacherNames.contains(name)).toList(),
                price.currency(), java.math.BigDecimal.valueOf(price.regularMinor(), digits),
                price.earlyBirdMinor() == null ? null : java.math.BigDecimal.valueOf(price.earlyBirdMinor(), digits),
                price.earlyBirdDeadline() == null ? null
                        : price.earlyBirdDeadline().atZone(zone).toLocalDate().minusDays(1),
                o.getRegistrationOpensAt().atZone(zone).toLocalDate(),
                o.getRegistrationClosesAt().atZone(zone).minusNanos(1).toLocalDate(), o.getJoinUrl(),
                new Schedule.Custom(sessions), o.getRefundPolicy().daysBefore(),
                java.math.BigDecimal.valueOf(o.getRefundPolicy().feeMinor(), digits),
                decimal(o.getFeeOptions().supportedMinor(), digits),
                decimal(o.getFeeOptions().sustainingMinor(), digits),
                o.getFeeOptions().scholarships());
    }

    private static java.math.BigDecimal decimal(Long minor, int digits) {
        return minor == null ? null : java.math.BigDecimal.valueOf(minor, digits);
    }

    /** Where an offering stands, for staff and for the teacher who proposed it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.TEACHER + "')")
    public PlannedOffering planned(OfferingId id) {
        Offering offering = offering(id);
        requireStaffOrProposer(offering);
        return planned(List.of(offering)).get(0);
    }

    private List<PlannedOffering> planned(List<Offering> found) {
        Map<MemberId, String> names = members.names(found.stream().map(Offering::getProposedBy)
                .filter(java.util.Objects::nonNull).map(MemberId::new).distinct().toList());
        return found.stream().map(o -> new PlannedOffering(new OfferingId(o.getId()), o.getCode(), o.getTitle(),
                o.getProgram().getName(), o.getStatus().name(), o.firstSessionStart(), o.getZone(),
                o.getProposedBy() == null ? null : names.get(new MemberId(o.getProposedBy())), o.getReviewNote(),
                o.getCancelReason(), o.isPriceLocked())).toList();
    }

    private Offering editable(OfferingId id) {
        Offering offering = offering(id);
        if (currentMember.hasRole(Roles.STAFF)) {
            return offering;
        }
        return ownDraft(id);
    }

    /** A teacher reaches only a draft they proposed; anyone else's reads as unknown. */
    private Offering ownDraft(OfferingId id) {
        Offering offering = offering(id);
        requireStaffOrProposer(offering);
        if (!currentMember.hasRole(Roles.STAFF) && offering.getStatus() != OfferingStatus.DRAFT) {
            throw new OfferingRefused("status", "offering.refused.notdraft");
        }
        return offering;
    }

    private void requireStaffOrProposer(Offering offering) {
        if (!currentMember.hasRole(Roles.STAFF) && (offering.getProposedBy() == null
                || offering.getProposedBy() != members.currentMemberId().value())) {
            throw new AccessDeniedException("Not your offering");
        }
    }

    private Offering offering(OfferingId id) {
        return offerings.findById(id.value()).orElseThrow(() -> new OfferingRefused("id", "offering.refused.unknown"));
    }

    private Program program(String code) {
        return programs.findByCode(code == null ? "" : code)
                .orElseThrow(() -> new OfferingRefused("programCode", "offering.refused.programCode"));
    }

    private List<String> teacherNames(OfferingDraft draft, DraftCheck.Checked checked) {
        Map<MemberId, String> names = draft.teachers().isEmpty() ? Map.of() : members.names(draft.teachers());
        return Stream.concat(draft.teachers().stream().map(names::get).filter(java.util.Objects::nonNull),
                checked.guestTeachers().stream()).distinct().toList();
    }

    private static Set<Long> ids(List<MemberId> teachers) {
        Set<Long> ids = new LinkedHashSet<>();
        teachers.forEach(teacher -> ids.add(teacher.value()));
        return ids;
    }

    private static List<Session> sessions(DraftCheck.Checked checked) {
        return checked.sessions().stream().map(time -> new Session(time.startsAt(), time.endsAt())).toList();
    }

    private static String venue(OfferingDraft draft) {
        return draft.format().hasVenue() ? draft.venueName().strip() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.eligibility.domain.Attendance;
import org.centerformsc.portal.eligibility.domain.AttendanceRepository;
import org.centerformsc.portal.eligibility.domain.Certificate;
import org.centerformsc.portal.eligibility.domain.Completion;
import org.centerformsc.portal.eligibility.domain.CompletionAudit;
import org.centerformsc.portal.eligibility.domain.CompletionAuditRepository;
import org.centerformsc.portal.eligibility.domain.CompletionRepository;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Completions and attendance: teachers (of that offering) and staff mark them on the roster; members claim
 * outside completions, which staff verify or reject. Every change to a completion is audited in the same
 * transaction.
 */
@Service
public class CompletionService {

    private final CompletionRepository completions;
    private final CompletionAuditRepository audit;
    private final AttendanceRepository attendance;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompletionService(CompletionRepository completions, CompletionAuditRepository audit,
                      AttendanceRepository attendance, CatalogService catalog, EnrollmentService enrollment,
                      MemberService members, CurrentMember currentMember, ApplicationEventPublisher events,
                      Clock clock) {
        this.events = events;
        this.completions = completions;
        this.audit = audit;
        this.attendance = attendance;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "', '" + Roles.STAFF + "')")
    public Roster roster(OfferingId offeringId) {
        OfferingDetails offering = requireTeachingOrStaff(offeringId);
        List<MemberId> participants = enrollment.participants(offeringId);
        Map<MemberId, String> names = members.names(participants);
        Map<String, Boolean> marks = new HashMap<>();
        attendance.findByKeyOfferingId(offeringId.value()).forEach(a ->
                marks.put(a.getKey().memberId() + "@" + a.getKey().sessionStartsAt(), a.isPresent()));
        List<Roster.Row> rows = new ArrayList<>();
        for (MemberId participant : participants) {
            List<Boolean> present = offering.sessions().stream()
                    .map(s -> marks.get(participant.value() + "@" + s.startsAt())).toList();
            boolean completed = completions.findFirstByMemberIdAndOfferingId(participant.value(), offeringId.value())
                    .map(c -> c.getStatus() == CompletionStatus.VERIFIED).orElse(false);
            rows.add(new Roster.Row(participant, names.getOrDefault(participant, "?"), present, completed));
        }
        return new Roster(offering.card(), offering.sessions(), rows);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "', '" + Roles.STAFF + "')")
    public void markAttendance(OfferingId offeringId, MemberId participant, Instant sessionStart, boolean present) {
        OfferingDetails offering = requireTeachingOrStaff(offeringId);
        requireParticipant(offeringId, participant);
        if (offering.sessions().stream().map(SessionTime::startsAt).noneMatch(sessionStart::equals)) {
            throw new IllegalArgumentException("No such session");
        }
        Attendance.Key key = new Attendance.Key(offeringId.value(), participant.value(), sessionStart);
        attendance.findById(key).ifPresentOrElse(a -> a.mark(present, members.actorName(), clock.instant()),
                () -> attendance.save(new Attendance(key, present, members.actorName(), clock.instant())));
    }

    /** Marks (or un-marks) a participant complete; the completion day is the offering's last day, in its zone. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "', '" + Roles.STAFF + "')")
    public void markCompleted(OfferingId offeringId, MemberId participant, boolean completed) {
        OfferingDetails offering = requireTeachingOrStaff(offeringId);
        requireParticipant(offeringId, participant);
        LocalDate day = offering.card().lastSessionEnd().atZone(offering.card().zone()).toLocalDate();
        Optional<Completion> existing = completions.findFirstByMemberIdAndOfferingId(participant.value(),
                offeringId.value());
        if (existing.isEmpty()) {
            if (completed) {
                CompletionSource source = currentMember.hasRole(Roles.STAFF) ? CompletionSource.STAFF
                        : CompletionSource.TEACHER;
                record(completions.save(Completion.marked(participant.value(), offering.card().programCode(),
                        offeringId.value(), day, source, members.actorName(), clock.instant())), null);
            }
            return;
        }
        Completion completion = existing.get();
        if (completed && completion.getStatus() == CompletionStatus.REVOKED) {
            change(completion, c -> c.reinstate(day));
        } else if (!completed && completion.getStatus() == CompletionStatus.VERIFIED) {
            change(completion, Completion::revoke);
        }
    }

    /** Staff record a completion directly (e.g. from an older system); one per member and program is enough. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long recordVerified(MemberId member, String programCode, OfferingId offering, LocalDate completedOn) {
        Optional<Completion> existing = completions.findByMemberIdAndStatus(member.value(), CompletionStatus.VERIFIED)
                .stream().filter(c -> c.getProgramCode().equals(programCode)).findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Completion completion = completions.save(Completion.marked(member.value(), programCode,
                offering == null ? null : offering.value(),
                completedOn, CompletionSource.STAFF, members.actorName(), clock.instant()));
        record(completion, null);
        return completion.getId();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long claim(OutsideCompletion claim) {
        if (claim.programCode() == null || !catalog.programNames().containsKey(claim.programCode())) {
            throw new InputRefused("claim.refused.program");
        }
        if (claim.organisation() == null || claim.organisation().isBlank() || claim.organisation().length() > 200) {
            throw new InputRefused("claim.refused.organisation");
        }
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        if (claim.completedOn() == null || claim.completedOn().isAfter(today.plusDays(1))
                || claim.completedOn().isBefore(LocalDate.of(2000, 1, 1))) {
            throw new InputRefused("claim.refused.date");
        }
        Certificate certificate = null;
        if (claim.certificate() != null) {
            try {
                certificate = Certificate.of(claim.certificateFileName(), claim.certificate());
            } catch (IllegalArgumentException wrongFile) {
                throw new InputRefused("claim.refused." + wrongFile.getMessage());
            }
        }
        Completion saved = completions.save(Completion.claimed(members.currentMemberId().value(), claim.programCode(),
                claim.organisation().strip(), claim.completedOn(), certificate, members.actorName(), clock.instant()));
        record(saved, null);
        return saved.getId();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CompletionLine> myCompletions() {
        Map<String, String> programs = catalog.programNames();
        return completions.findByMemberIdOrderByCompletedOnDesc(members.currentMemberId().value()).stream()
                .map(c -> line(c, null, programs)).toList();
    }

    /** A member's verified completions, oldest first: for themselves and for staff (the teacher pathway). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CompletionLine> verifiedCompletionsOf(MemberId member) {
        if (!currentMember.isStaffOrSystem() && !members.currentMemberId().equals(member)) {
            throw new AccessDeniedException("Not your completions");
        }
        Map<String, String> programs = catalog.programNames();
        return completions.findByMemberIdAndStatus(member.value(), CompletionStatus.VERIFIED).stream()
                .sorted(java.util.Comparator.comparing(Completion::getCompletedOn))
                .map(c -> line(c, null, programs)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<CompletionLine> pendingClaims(int offset, int limit) {
        List<Completion> pending = completions.findByStatusOrderByCreatedAtAsc(CompletionStatus.PENDING,
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
        Map<MemberId, String> names = members.names(pending.stream().map(c -> new MemberId(c.getMemberId())).toList());
        Map<String, String> programs = catalog.programNames();
        return pending.stream().map(c -> line(c, names.get(new MemberId(c.getMemberId())), programs)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countPendingClaims() {
        return completions.countByStatus(CompletionStatus.PENDING);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void verify(long completionId) {
        change(pending(completionId), Completion::verify);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void reject(long completionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InputRefused("claim.refused.reason");
        }
        change(pending(completionId), c -> c.reject(reason));
    }

    /** A claim's certificate, for staff and for the member who uploaded it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<CertificateFile> certificate(long completionId) {
        Completion completion = completions.findById(completionId).orElseThrow();
        if (!currentMember.hasRole(Roles.STAFF) && completion.getMemberId() != members.currentMemberId().value()) {
            throw new AccessDeniedException("Not your certificate");
        }
        return Optional.ofNullable(completion.getCertificate())
                .map(bytes -> new CertificateFile(completion.getCertificateName(), completion.getCertificateType(), bytes));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<AuditLine> recentChanges(int offset, int limit) {
        return audit.findAllByOrderByChangedAtDescIdDesc(PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)))
                .stream().map(a -> new AuditLine(a.getCompletionId(), a.getChangedAt(), a.getChangedBy(), a.getBefore(),
                        a.getAfter())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<AuditLine> history(long completionId) {
        return audit.findByCompletionIdOrderByIdAsc(completionId).stream()
                .map(a -> new AuditLine(a.getCompletionId(), a.getChangedAt(), a.getChangedBy(), a.getBefore(),
                        a.getAfter())).toList();
    }

    private Completion pending(long completionId) {
        Completion completion = completions.findById(completionId).orElseThrow(() -> new InputRefused("claim.refused.gone"));
        if (completion.getStatus() != CompletionStatus.PENDING) {
            throw new InputRefused("claim.refused.decided");
        }
        return completion;
    }

    private void change(Completion completion, Consumer<Completion> change) {
        String before = completion.snapshot();
        change.accept(completion);
        completions.saveAndFlush(completion);
        record(completion, before);
    }

    private void record(Completion completion, String before) {
        audit.save(new CompletionAudit(completion.getId(), clock.instant(), members.actorName(), before,
                completion.snapshot()));
        events.publishEvent(new CompletionChanged(new MemberId(completion.getMemberId())));
    }

    private OfferingDetails requireTeachingOrStaff(OfferingId offeringId) {
        OfferingDetails offering = catalog.offering(offeringId).orElseThrow();
        if (!currentMember.hasRole(Roles.STAFF) && !catalog.isInstructor(offeringId, members.currentMemberId())) {
            throw new AccessDeniedException("You do not teach this offering");
        }
        return offering;
    }

    private void requireParticipant(OfferingId offeringId, MemberId participant) {
        if (!enrollment.participants(offeringId).contains(participant)) {
            throw new IllegalArgumentException("Not a participant of this offering");
        }
    }

    private static CompletionLine line(Completion c, String memberName, Map<String, String> programs) {
        return new CompletionLine(c.getId(), c.getMemberId(), memberName, c.getProgramCode(),
                programs.getOrDefault(c.getProgramCode(), c.getProgramCode()), c.getCompletedOn(), c.getSource(),
                c.getStatus(), c.getOrganisation(), c.getCertificateName(), c.getRejectionReason());
    }
}

package org.centerformsc.portal.completion;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.completion.domain.Attendance;
import org.centerformsc.portal.completion.domain.AttendanceRepository;
import org.centerformsc.portal.completion.domain.AuditedChanges;
import org.centerformsc.portal.completion.domain.Completion;
import org.centerformsc.portal.completion.domain.CompletionRepository;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The roster of an offering: its teachers (and staff) mark attendance per session and completion. Apart from
 * {@link CompletionService} because it needs enrollment's participants, and the completion record must not: the
 * enrollment gate reads completions while enrollment is being built (docs/decisions/011).
 */
@Service
public class RosterService {

    private final CompletionRepository completions;
    private final AttendanceRepository attendance;
    private final AuditedChanges changes;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final Clock clock;

    RosterService(CompletionRepository completions, AttendanceRepository attendance, AuditedChanges changes,
                  CatalogService catalog, EnrollmentService enrollment, MemberService members,
                  CurrentMember currentMember, Clock clock) {
        this.completions = completions;
        this.attendance = attendance;
        this.changes = changes;
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
        Map<Long, CompletionStatus> completed = completions.findByOfferingId(offeringId.value()).stream()
                .collect(Collectors.toMap(Completion::getMemberId, Completion::getStatus, (a, b) -> a));
        List<Roster.Row> rows = new ArrayList<>();
        for (MemberId participant : participants) {
            List<Boolean> present = offering.sessions().stream()
                    .map(s -> marks.get(participant.value() + "@" + s.startsAt())).toList();
            rows.add(new Roster.Row(participant, names.getOrDefault(participant, "?"), present,
                    completed.get(participant.value()) == CompletionStatus.VERIFIED));
        }
        return new Roster(offering.card(), offering.sessions(), rows);
    }

    /**
     * At how many sessions each of these participants was marked present, of the offering's sessions: one query
     * for a page of a staff roster or a whole export.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "', '" + Roles.STAFF + "')")
    public Map<MemberId, AttendanceSummary> attendance(OfferingId offeringId, Collection<MemberId> participants) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        return attendanceAt(requireTeachingOrStaff(offeringId), participants);
    }

    /**
     * As {@link #attendance(OfferingId, Collection)}, for a page that holds the offering with its sessions already
     * (a roster's page after page): the offering is not read again.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "', '" + Roles.STAFF + "')")
    public Map<MemberId, AttendanceSummary> attendance(OfferingDetails offering, Collection<MemberId> participants) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        requireTeachesOrStaff(offering.card().id());
        return attendanceAt(offering, participants);
    }

    private Map<MemberId, AttendanceSummary> attendanceAt(OfferingDetails offering,
                                                          Collection<MemberId> participants) {
        OfferingId offeringId = offering.card().id();
        Map<Long, Long> present = new HashMap<>();
        attendance.countPresent(offeringId.value(), participants.stream().map(MemberId::value).toList(),
                        offering.sessions().stream().map(SessionTime::startsAt).toList())
                .forEach(count -> present.put(count.getMemberId(), count.getPresent()));
        Map<MemberId, AttendanceSummary> summaries = new HashMap<>();
        participants.forEach(member -> summaries.put(member, new AttendanceSummary(
                present.getOrDefault(member.value(), 0L), offering.sessions().size())));
        return summaries;
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
                changes.add(Completion.marked(participant.value(), offering.card().programCode(), offeringId.value(),
                        day, source, members.actorName(), clock.instant()));
            }
            return;
        }
        Completion completion = existing.get();
        if (completed && completion.getStatus() == CompletionStatus.REVOKED) {
            changes.change(completion, c -> c.reinstate(day));
        } else if (!completed && completion.getStatus() == CompletionStatus.VERIFIED) {
            changes.change(completion, Completion::revoke);
        }
    }

    private OfferingDetails requireTeachingOrStaff(OfferingId offeringId) {
        OfferingDetails offering = catalog.offering(offeringId).orElseThrow();
        requireTeachesOrStaff(offeringId);
        return offering;
    }

    private void requireTeachesOrStaff(OfferingId offeringId) {
        if (!currentMember.hasRole(Roles.STAFF) && !catalog.isInstructor(offeringId, members.currentMemberId())) {
            throw new AccessDeniedException("You do not teach this offering");
        }
    }

    private void requireParticipant(OfferingId offeringId, MemberId participant) {
        if (!enrollment.participants(offeringId).contains(participant)) {
            throw new IllegalArgumentException("Not a participant of this offering");
        }
    }
}

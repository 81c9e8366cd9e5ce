package org.centerformsc.portal.completion;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.domain.AuditSearch;
import org.centerformsc.portal.completion.domain.AuditedChanges;
import org.centerformsc.portal.completion.domain.Certificate;
import org.centerformsc.portal.completion.domain.Completion;
import org.centerformsc.portal.completion.domain.CompletionAuditRepository;
import org.centerformsc.portal.completion.domain.CompletionRepository;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The record of what members completed: staff record completions, members claim outside ones which staff verify
 * or reject, and every change is audited in the same transaction. Teachers mark completions on the roster
 * ({@link RosterService}).
 */
@Service
public class CompletionService {

    /** A member filter matching more members than this asks staff to type more of the name. */
    static final int MAX_MATCHED_MEMBERS = 1000;

    private final CompletionRepository completions;
    private final CompletionAuditRepository audit;
    private final AuditSearch auditSearch;
    private final AuditedChanges changes;
    private final CatalogService catalog;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompletionService(CompletionRepository completions, CompletionAuditRepository audit, AuditSearch auditSearch,
                      AuditedChanges changes, CatalogService catalog, MemberService members,
                      CurrentMember currentMember, ApplicationEventPublisher events, Clock clock) {
        this.completions = completions;
        this.audit = audit;
        this.auditSearch = auditSearch;
        this.changes = changes;
        this.catalog = catalog;
        this.members = members;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
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
        return changes.add(Completion.marked(member.value(), programCode, offering == null ? null : offering.value(),
                completedOn, CompletionSource.STAFF, members.actorName(), clock.instant())).getId();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long claim(OutsideCompletion claim) {
        if (claim.programCode() == null || !catalog.programNames().containsKey(claim.programCode())) {
            throw new CompletionInputRefused("claim.refused.program");
        }
        if (claim.organisation() == null || claim.organisation().isBlank() || claim.organisation().length() > 200) {
            throw new CompletionInputRefused("claim.refused.organisation");
        }
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        if (claim.completedOn() == null || claim.completedOn().isAfter(today.plusDays(1))
                || claim.completedOn().isBefore(LocalDate.of(2000, 1, 1))) {
            throw new CompletionInputRefused("claim.refused.date");
        }
        Certificate certificate = null;
        if (claim.certificate() != null) {
            try {
                certificate = Certificate.of(claim.certificateFileName(), claim.certificate());
            } catch (IllegalArgumentException wrongFile) {
                throw new CompletionInputRefused("claim.refused." + wrongFile.getMessage());
            }
        }
        return changes.add(Completion.claimed(members.currentMemberId().value(), claim.programCode(),
                claim.organisation().strip(), claim.completedOn(), certificate, members.actorName(),
                clock.instant())).getId();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CompletionLine> myCompletions() {
        Map<String, String> programs = catalog.programNames();
        // projected: the member's certificates stay in the database until one is downloaded
        return completions.findLinesOfMember(members.currentMemberId().value()).stream()
                .map(c -> new CompletionLine(c.getId(), c.getMemberId(), null, c.getProgramCode(),
                        programs.getOrDefault(c.getProgramCode(), c.getProgramCode()), c.getCompletedOn(),
                        c.getSource(), c.getStatus(), c.getOrganisation(), c.getCertificateName(),
                        c.getRejectionReason()))
                .toList();
    }

    /** A member's verified completions, oldest first: for themselves and for staff (the teacher pathway). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CompletionLine> verifiedCompletionsOf(MemberId member) {
        requireSelfStaffOrSystem(member);
        Map<String, String> programs = catalog.programNames();
        return completions.findByMemberIdAndStatus(member.value(), CompletionStatus.VERIFIED).stream()
                .sorted(Comparator.comparing(Completion::getCompletedOn))
                .map(c -> line(c, null, programs)).toList();
    }

    /**
     * The days a member completed each program (verified only), by program code: what prerequisites are decided
     * on. For the member themselves, as eligibility asks while they look or enroll, and for staff.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<LocalDate>> verifiedProgramsOf(MemberId member) {
        requireSelfStaffOrSystem(member);
        return completions.findVerifiedDays(member.value()).stream().collect(Collectors.groupingBy(
                CompletionRepository.Day::getProgramCode,
                Collectors.mapping(CompletionRepository.Day::getCompletedOn, Collectors.toList())));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<CompletionLine> pendingClaims(int offset, int limit) {
        List<CompletionRepository.Queued> pending = completions.findQueue(CompletionStatus.PENDING,
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
        Map<MemberId, String> names = members.names(pending.stream().map(c -> new MemberId(c.getMemberId())).toList());
        Map<String, String> programs = catalog.programNames();
        return pending.stream().map(c -> new CompletionLine(c.getId(), c.getMemberId(),
                names.get(new MemberId(c.getMemberId())), c.getProgramCode(),
                programs.getOrDefault(c.getProgramCode(), c.getProgramCode()), c.getCompletedOn(), c.getSource(),
                c.getStatus(), c.getOrganisation(), c.getCertificateName(), c.getRejectionReason())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countPendingClaims() {
        return completions.countByStatus(CompletionStatus.PENDING);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void verify(long completionId) {
        Completion claim = pending(completionId);
        changes.change(claim, Completion::verify);
        decided(claim);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void reject(long completionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CompletionInputRefused("claim.refused.reason");
        }
        Completion claim = pending(completionId);
        changes.change(claim, c -> c.reject(reason));
        decided(claim);
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

    /**
     * One page of the completion changes that match, newest first, each with its member's name and program's
     * title: the changes in one statement, names and titles in one lookup each.
     *
     * @throws CompletionInputRefused when the range ends before it starts, or the member filter matches too many
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<AuditLine> changes(AuditFilter filter, int offset, int limit) {
        Optional<List<Long>> matched = membersMatching(filter);
        if (matched.isPresent() && matched.get().isEmpty()) {
            return List.of();
        }
        List<AuditSearch.Row> rows = auditSearch.page(filter, matched.orElse(null), offset, Math.max(1, limit));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<MemberId, String> names = members.names(rows.stream().map(r -> new MemberId(r.memberId())).distinct()
                .toList());
        Map<String, String> programs = catalog.programNames();
        return rows.stream().map(r -> new AuditLine(r.completionId(), new MemberId(r.memberId()),
                names.get(new MemberId(r.memberId())), r.programCode(),
                programs.getOrDefault(r.programCode(), r.programCode()), r.changedAt(), r.changedBy(), r.before(),
                r.after())).toList();
    }

    /** How many completion changes match; see {@link #changes}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countChanges(AuditFilter filter) {
        Optional<List<Long>> matched = membersMatching(filter);
        return matched.isPresent() && matched.get().isEmpty() ? 0 : auditSearch.count(filter, matched.orElse(null));
    }

    /** Every change to one completion, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<AuditLine> history(long completionId) {
        Completion completion = completions.findById(completionId).orElseThrow();
        MemberId member = new MemberId(completion.getMemberId());
        String name = members.names(List.of(member)).get(member);
        String program = catalog.programNames().getOrDefault(completion.getProgramCode(),
                completion.getProgramCode());
        return audit.findByCompletionIdOrderByIdAsc(completionId).stream()
                .map(a -> new AuditLine(completionId, member, name, completion.getProgramCode(), program,
                        a.getChangedAt(), a.getChangedBy(), a.getBefore(), a.getAfter())).toList();
    }

    /** Empty when the filter names no member; else the ids of the members it matches. */
    private Optional<List<Long>> membersMatching(AuditFilter filter) {
        if (filter.from() != null && filter.until() != null && !filter.from().isBefore(filter.until())) {
            throw new CompletionInputRefused("staff.audit.refused.range");
        }
        if (!filter.namesMember()) {
            return Optional.empty();
        }
        List<MemberId> matched = members.matching(filter.member(), MAX_MATCHED_MEMBERS + 1);
        if (matched.size() > MAX_MATCHED_MEMBERS) {
            throw new CompletionInputRefused("staff.audit.refused.members");
        }
        return Optional.of(matched.stream().map(MemberId::value).toList());
    }

    private void requireSelfStaffOrSystem(MemberId member) {
        if (!currentMember.isStaffOrSystem() && !members.currentMemberId().equals(member)) {
            throw new AccessDeniedException("Not your completions");
        }
    }

    private Completion pending(long completionId) {
        Completion completion = completions.findById(completionId)
                .orElseThrow(() -> new CompletionInputRefused("claim.refused.gone"));
        if (completion.getStatus() != CompletionStatus.PENDING) {
            throw new CompletionInputRefused("claim.refused.decided");
        }
        return completion;
    }

    private void decided(Completion claim) {
        events.publishEvent(new ClaimDecided(claim.getId(), new MemberId(claim.getMemberId()), claim.getProgramCode(),
                claim.getStatus(), claim.getRejectionReason()));
    }

    private static CompletionLine line(Completion c, String memberName, Map<String, String> programs) {
        return new CompletionLine(c.getId(), c.getMemberId(), memberName, c.getProgramCode(),
                programs.getOrDefault(c.getProgramCode(), c.getProgramCode()), c.getCompletedOn(), c.getSource(),
                c.getStatus(), c.getOrganisation(), c.getCertificateName(), c.getRejectionReason());
    }

    /** Every completion and outside claim of a member (any status), newest first: staff's page of the member. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<CompletionLine> completionsOf(MemberId member) {
        Map<String, String> programs = catalog.programNames();
        return completions.findByMemberIdOrderByCompletedOnDesc(member.value()).stream()
                .map(c -> line(c, null, programs)).toList();
    }
}

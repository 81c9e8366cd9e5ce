package org.centerformsc.portal.teaching;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.completion.CompletionLine;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.practice.PracticeService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.domain.DeadlineExtension;
import org.centerformsc.portal.teaching.domain.DeadlineExtensionRepository;
import org.centerformsc.portal.teaching.domain.PathwayEngine;
import org.centerformsc.portal.teaching.domain.PathwayFacts;
import org.centerformsc.portal.teaching.domain.TeacherStanding;
import org.centerformsc.portal.teaching.domain.TeacherStandingRepository;
import org.centerformsc.portal.teaching.domain.TrainingEvidence;
import org.centerformsc.portal.teaching.domain.TrainingEvidenceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The teacher pathway: teachers see theirs and log consultations and continuing education; staff see everyone's,
 * verify what was logged and grant extensions. The stored standing follows every change (docs/decisions/009).
 */
@Service
public class PathwayService {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 500;

    private final PathwaySettings settings;
    private final PathwayEngine engine;
    private final TrainingEvidenceRepository evidence;
    private final DeadlineExtensionRepository extensions;
    private final TeacherStandingRepository standings;
    private final CompletionService completions;
    private final PracticeService practice;
    private final CatalogService catalog;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PathwayService(PathwaySettings settings, TrainingEvidenceRepository evidence,
                   DeadlineExtensionRepository extensions, TeacherStandingRepository standings,
                   CompletionService completions, PracticeService practice, CatalogService catalog,
                   MemberService members, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.engine = new PathwayEngine(settings);
        this.evidence = evidence;
        this.extensions = extensions;
        this.standings = standings;
        this.completions = completions;
        this.practice = practice;
        this.catalog = catalog;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in teacher's own pathway; also brings their stored standing up to date. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public TeacherTraining myTraining() {
        MemberId me = members.currentMemberId();
        return training(me, members.currentProfile().map(p -> p.displayName()).orElse(""), true);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public TeacherTraining trainingOf(MemberId teacher) {
        String name = members.profileOf(teacher).orElseThrow(() -> new TrainingInputRefused("training.refused.teacher"))
                .displayName();
        // looking at a member's pathway does not make them a tracked teacher
        return training(teacher, name, standings.existsById(teacher.value()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void logConsultation(LocalDate on, String mentor, String note) {
        requireDate(on);
        String name = requireText(mentor, MAX_TITLE, "training.refused.mentor");
        log(new TrainingEvidence(members.currentMemberId().value(), EvidenceKind.CONSULTATION, on, name, 0,
                optionalText(note), clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void logContinuingEducation(LocalDate on, String title, int minutes) {
        requireDate(on);
        String activity = requireText(title, MAX_TITLE, "training.refused.activity");
        requireMinutes(EvidenceKind.CONTINUING_EDUCATION, minutes);
        log(new TrainingEvidence(members.currentMemberId().value(), EvidenceKind.CONTINUING_EDUCATION, on, activity,
                minutes, null, clock.instant()));
    }

    /** A teacher takes back something they logged (a wrong date, a duplicate) while staff have not decided on it. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void withdrawEvidence(long id) {
        long me = members.currentMemberId().value();
        // someone else's id reads as unknown, whatever its state
        evidence.delete(undecided(evidence.findById(id).filter(e -> e.getMemberId() == me)));
    }

    /** Staff record evidence that was verified elsewhere (an older system, a paper log): it counts at once. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void recordVerified(MemberId teacher, EvidenceKind kind, LocalDate on, String title, int minutes) {
        requireDate(on);
        if (kind == null) {
            throw new TrainingInputRefused("training.refused.kind");
        }
        requireMinutes(kind, minutes);
        TrainingEvidence item = new TrainingEvidence(teacher.value(), kind, on,
                requireText(title, MAX_TITLE, "training.refused.activity"), minutes, null, clock.instant());
        item.verify(members.actorName(), clock.instant());
        log(item);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<PendingEvidence> pendingEvidence(int offset, int limit) {
        List<TrainingEvidence> pending = evidence.findByStatusOrderByCreatedAtAsc(EvidenceStatus.LOGGED,
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
        Map<MemberId, String> names = members.names(pending.stream().map(e -> new MemberId(e.getMemberId())).toList());
        return pending.stream().map(e -> new PendingEvidence(e.getId(), new MemberId(e.getMemberId()),
                names.get(new MemberId(e.getMemberId())), e.getKind(), e.getHappenedOn(), e.getTitle(),
                e.getMinutes(), e.getNote())).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void verifyEvidence(long id) {
        TrainingEvidence item = logged(id);
        item.verify(members.actorName(), clock.instant());
        refresh(new MemberId(item.getMemberId()));
        decided(item);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void rejectEvidence(long id, String reason) {
        String why = requireText(reason, MAX_NOTE, "training.refused.reason");
        TrainingEvidence item = logged(id);
        item.reject(why, members.actorName(), clock.instant());
        refresh(new MemberId(item.getMemberId()));
        decided(item);
    }

    /** Moves one of the teacher's open (or missed) deadlines to a later day; a later grant replaces an earlier one. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void grantExtension(MemberId teacher, Pathway.DeadlineKind kind, LocalDate to, String reason) {
        String why = requireText(reason, MAX_NOTE, "training.refused.reason");
        Pathway.Deadline deadline = pathwayOf(teacher).deadlines().stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new TrainingInputRefused("training.refused.no-deadline"));
        if (to == null || !to.isAfter(deadline.originalDue()) || !to.isAfter(today())
                || to.isAfter(deadline.originalDue().plusYears(2))) {
            throw new TrainingInputRefused("training.refused.extension-date");
        }
        DeadlineExtension extension = extensions.findByMemberIdAndDeadlineAndOriginalDueOn(teacher.value(), kind,
                deadline.originalDue()).orElseGet(() -> new DeadlineExtension(teacher.value(), kind,
                deadline.originalDue()));
        extension.grant(to, why, members.actorName(), clock.instant());
        extensions.save(extension);
        refresh(teacher);
        events.publishEvent(new DeadlineExtended(teacher, kind, deadline.originalDue(), to,
                extension.getGrantedAt()));
    }

    /** Staff overview, most urgent deadline first; overdueOnly keeps those whose next deadline has passed. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<TeacherProgress> overview(PathwayStage stage, boolean overdueOnly, int offset, int limit) {
        List<TeacherStanding> page = standings.overview(stage, overdueOnly ? today() : null,
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
        Map<MemberId, String> names = members.names(page.stream().map(s -> new MemberId(s.getMemberId())).toList());
        return page.stream().map(s -> new TeacherProgress(new MemberId(s.getMemberId()),
                names.get(new MemberId(s.getMemberId())), s.getLevel(), s.getStage(), s.getNextDueOn(),
                s.getNextDueKind())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countOverview(PathwayStage stage, boolean overdueOnly) {
        return standings.countOverview(stage, overdueOnly ? today() : null);
    }

    /**
     * Teachers (members the pathway tracks) whose name or e-mail contains the text, for staff assigning an
     * offering's teachers: one member search, one standings read, one names read.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<TeacherChoice> teacherChoices(String text, int limit) {
        List<MemberId> found = members.matching(text == null ? "" : text, Math.max(1, limit) * 10);
        List<TeacherStanding> teachers = standings.findAllById(found.stream().map(MemberId::value).toList());
        Map<MemberId, String> names = members.names(teachers.stream().map(t -> new MemberId(t.getMemberId())).toList());
        return teachers.stream().map(t -> new TeacherChoice(new MemberId(t.getMemberId()),
                        names.getOrDefault(new MemberId(t.getMemberId()), "?"), t.getLevel()))
                .sorted(java.util.Comparator.comparing(TeacherChoice::name)).limit(Math.max(1, limit)).toList();
    }

    /** These members as choices, for an offering's saved teachers; a member the pathway does not track has no level. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<TeacherChoice> teacherChoicesOf(List<MemberId> teachers) {
        if (teachers.isEmpty()) {
            return List.of();
        }
        Map<Long, TrainingLevel> levels = new HashMap<>();
        standings.findAllById(teachers.stream().map(MemberId::value).toList())
                .forEach(standing -> levels.put(standing.getMemberId(), standing.getLevel()));
        Map<MemberId, String> names = members.names(teachers);
        return teachers.stream().map(id -> new TeacherChoice(id, names.getOrDefault(id, "?"), levels.get(id.value())))
                .toList();
    }

    /** Starts tracking a member as a teacher (at sign-in with the teacher role, or by demo data). */
    @Transactional
    @PreAuthorize(Roles.STAFF_OR_SYSTEM)
    public TrainingLevel track(MemberId teacher) {
        return refreshStanding(teacher, pathwayOf(teacher));
    }

    /** Recomputes a tracked teacher's standing; others are left alone. The portal's own work (listeners, nightly). */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void refreshIfTracked(MemberId member) {
        if (standings.existsById(member.value())) {
            refresh(member);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public List<MemberId> trackedTeachers(int offset, int limit) {
        return standings.allMemberIds(PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream()
                .map(MemberId::new).toList();
    }

    /**
     * Certified teachers whose renewal is due on one of these days, from the stored standing (the pathway's own
     * result, extensions included; kept true by every change and nightly): one statement over its due-day index.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public List<RenewalDue> renewalsDueOn(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return standings.renewalsDueOn(days).stream()
                .map(s -> new RenewalDue(new MemberId(s.getMemberId()), s.getNextDueOn())).toList();
    }

    private TeacherTraining training(MemberId teacher, String name, boolean keepStanding) {
        List<CompletionLine> done = completions.verifiedCompletionsOf(teacher);
        List<OfferingCard> taught = taughtAndEnded(teacher);
        List<TrainingEvidence> logged = evidence.findByMemberIdOrderByHappenedOnDescIdDesc(teacher.value());
        List<DeadlineExtension> granted = extensions.findByMemberId(teacher.value());
        Pathway pathway = engine.evaluate(facts(teacher, done, taught, logged, granted), today());
        if (keepStanding) {
            refreshStanding(teacher, pathway);
        }
        return new TeacherTraining(teacher, name, pathway, timeline(done, taught, logged),
                granted.stream().map(e -> new TeacherTraining.Extension(e.getDeadline(), e.getOriginalDueOn(),
                        e.getExtendedTo(), e.getReason(), e.getGrantedBy())).toList());
    }

    private Pathway pathwayOf(MemberId teacher) {
        return engine.evaluate(facts(teacher, completions.verifiedCompletionsOf(teacher), taughtAndEnded(teacher),
                evidence.findByMemberIdOrderByHappenedOnDescIdDesc(teacher.value()),
                extensions.findByMemberId(teacher.value())), today());
    }

    private void refresh(MemberId teacher) {
        refreshStanding(teacher, pathwayOf(teacher));
    }

    private TrainingLevel refreshStanding(MemberId teacher, Pathway pathway) {
        TeacherStanding standing = standings.findById(teacher.value()).orElseGet(() -> new TeacherStanding(
                teacher.value()));
        standing.update(pathway, clock.instant());
        standings.save(standing);
        return pathway.level();
    }

    private PathwayFacts facts(MemberId teacher, List<CompletionLine> done, List<OfferingCard> taught,
                               List<TrainingEvidence> logged, List<DeadlineExtension> granted) {
        Map<String, LocalDate> firstCompletion = new HashMap<>();
        done.forEach(c -> firstCompletion.merge(c.programCode(), c.completedOn(),
                (a, b) -> a.isBefore(b) ? a : b));
        List<TrainingEvidence> verified = logged.stream().filter(e -> e.getStatus() == EvidenceStatus.VERIFIED)
                .toList();
        Map<PathwayFacts.Extended, LocalDate> extended = new HashMap<>();
        granted.forEach(e -> extended.put(new PathwayFacts.Extended(e.getDeadline(), e.getOriginalDueOn()),
                e.getExtendedTo()));
        return new PathwayFacts(firstCompletion, practice.firstPracticeDays(teacher, settings.practiceDays()),
                taught.stream().filter(this::isMsc).map(PathwayService::endDay).toList(),
                taught.stream().filter(this::isTeacherTraining).map(PathwayService::endDay).toList(),
                verified.stream().filter(e -> e.getKind() == EvidenceKind.CONSULTATION)
                        .map(TrainingEvidence::getHappenedOn).toList(),
                verified.stream().filter(e -> e.getKind() == EvidenceKind.CONTINUING_EDUCATION)
                        .map(e -> new PathwayFacts.Activity(e.getHappenedOn(), e.getMinutes())).toList(),
                extended);
    }

    private List<EvidenceItem> timeline(List<CompletionLine> done, List<OfferingCard> taught,
                                        List<TrainingEvidence> logged) {
        List<EvidenceItem> items = new ArrayList<>();
        done.forEach(c -> items.add(new EvidenceItem(c.completedOn(), EvidenceItem.Type.COMPLETION, c.programName(),
                c.organisation(), 0, EvidenceStatus.VERIFIED, null, null)));
        taught.stream().filter(o -> isMsc(o) || isTeacherTraining(o)).forEach(o -> items.add(new EvidenceItem(
                endDay(o), isMsc(o) ? EvidenceItem.Type.COURSE_TAUGHT : EvidenceItem.Type.TRAINING_TAUGHT,
                o.title(), o.code(), 0, EvidenceStatus.VERIFIED, null, null)));
        logged.forEach(e -> items.add(new EvidenceItem(e.getHappenedOn(), e.getKind() == EvidenceKind.CONSULTATION
                ? EvidenceItem.Type.CONSULTATION : EvidenceItem.Type.CONTINUING_EDUCATION, e.getTitle(), e.getNote(),
                e.getMinutes(), e.getStatus(), e.getId(), e.getRejectionReason())));
        items.sort(Comparator.comparing(EvidenceItem::on).reversed());
        return List.copyOf(items);
    }

    private List<OfferingCard> taughtAndEnded(MemberId teacher) {
        Instant now = clock.instant();
        return catalog.offeringsTaughtBy(teacher).stream().filter(o -> o.lastSessionEnd().isBefore(now)).toList();
    }

    private boolean isMsc(OfferingCard offering) {
        return settings.mscPrograms().contains(offering.programCode());
    }

    private boolean isTeacherTraining(OfferingCard offering) {
        return settings.teacherTrainingProgram().equals(offering.programCode());
    }

    private static LocalDate endDay(OfferingCard offering) {
        return offering.lastSessionEnd().atZone(offering.zone()).toLocalDate();
    }

    private void log(TrainingEvidence item) {
        evidence.save(item);
        refresh(new MemberId(item.getMemberId()));
    }

    private void decided(TrainingEvidence item) {
        events.publishEvent(new EvidenceDecided(item.getId(), new MemberId(item.getMemberId()), item.getTitle(),
                item.getStatus(), item.getRejectionReason()));
    }

    private TrainingEvidence logged(long id) {
        return undecided(evidence.findById(id));
    }

    private static TrainingEvidence undecided(Optional<TrainingEvidence> found) {
        TrainingEvidence item = found.orElseThrow(() -> new TrainingInputRefused("training.refused.gone"));
        if (item.getStatus() != EvidenceStatus.LOGGED) {
            throw new TrainingInputRefused("training.refused.decided");
        }
        return item;
    }

    private void requireDate(LocalDate on) {
        // a day that has begun somewhere on Earth, and not older than ten years
        LocalDate latest = today().plusDays(1);
        if (on == null || on.isAfter(latest) || on.isBefore(latest.minusYears(10))) {
            throw new TrainingInputRefused("training.refused.date");
        }
    }

    /** Continuing education: 15 minutes to 100 hours for one activity; a consultation carries no hours. */
    private static void requireMinutes(EvidenceKind kind, int minutes) {
        boolean valid = kind == EvidenceKind.CONSULTATION ? minutes == 0 : minutes >= 15 && minutes <= 6000;
        if (!valid) {
            throw new TrainingInputRefused("training.refused.hours");
        }
    }

    static String requireText(String text, int max, String messageKey) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new TrainingInputRefused(messageKey);
        }
        return text.strip();
    }

    private static String optionalText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_NOTE) {
            throw new TrainingInputRefused("training.refused.note");
        }
        return text.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

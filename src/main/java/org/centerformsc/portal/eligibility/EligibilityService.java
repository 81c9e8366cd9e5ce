package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.eligibility.domain.ApplicationRepository;
import org.centerformsc.portal.eligibility.domain.Application;
import org.centerformsc.portal.eligibility.domain.CompletionRepository;
import org.centerformsc.portal.eligibility.domain.EligibilityEngine;
import org.centerformsc.portal.eligibility.domain.EligibilityOverride;
import org.centerformsc.portal.eligibility.domain.EligibilityOverrideRepository;
import org.centerformsc.portal.eligibility.domain.MemberFacts;
import org.centerformsc.portal.eligibility.domain.PracticeEntryRepository;
import org.centerformsc.portal.eligibility.domain.SuggestionFinder;
import org.centerformsc.portal.enrollment.EnrollmentGate;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may take what: evaluates a program's rule for the signed-in member and an offering, explains the answer,
 * and refuses enrollment on the server when the answer is "not yet".
 */
@Service
public class EligibilityService implements EnrollmentGate {

    private final PrerequisiteService rules;
    private final CompletionRepository completions;
    private final PracticeEntryRepository practice;
    private final ApplicationRepository applications;
    private final EligibilityOverrideRepository overrides;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final EligibilityEngine engine;
    private final EligibilitySettings settings;
    private final Clock clock;

    EligibilityService(PrerequisiteService rules, CompletionRepository completions, PracticeEntryRepository practice,
                       ApplicationRepository applications, EligibilityOverrideRepository overrides,
                       CatalogService catalog, EnrollmentService enrollment, MemberService members,
                       CurrentMember currentMember, EligibilitySettings settings, Clock clock) {
        this.rules = rules;
        this.completions = completions;
        this.practice = practice;
        this.applications = applications;
        this.overrides = overrides;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        this.currentMember = currentMember;
        this.settings = settings;
        this.engine = new EligibilityEngine(settings.practiceDays(), settings.windowDays());
        this.clock = clock;
    }

    /** The signed-in member's verdict for an offering, explained; empty for anonymous visitors. */
    @Transactional(readOnly = true)
    public Optional<Explanation> explain(OfferingId offeringId) {
        if (!currentMember.isSignedIn()) {
            return Optional.empty();
        }
        OfferingCard offering = catalog.offering(offeringId).orElseThrow().card();
        Optional<Rule> rule = rules.ruleOf(offering.programCode());
        Verdict verdict = evaluate(rule.orElse(null), offering, members.currentMemberId(), enrollment.myEnrollments());
        List<Suggestion> suggestions = verdict.kind() == Verdict.Kind.NOT_YET
                ? suggestionsFor(verdict, offering) : List.of();
        return Optional.of(new Explanation(verdict, suggestions, rule.isPresent()));
    }

    /** For "My path": every program with prerequisites, judged against its next offering. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProgramPath> myPath() {
        MemberId member = members.currentMemberId();
        List<MyEnrollment> mine = enrollment.myEnrollments();
        Map<String, String> names = catalog.programNames();
        List<ProgramPath> paths = new ArrayList<>();
        for (String program : names.keySet().stream().sorted().toList()) {
            Optional<Rule> rule = rules.ruleOf(program);
            if (rule.isEmpty()) {
                continue;
            }
            Optional<OfferingCard> next = catalog.upcomingOfferingsOf(program, clock.instant()).stream()
                    .map(OfferingDetails::card).findFirst();
            Explanation explanation = next.map(offering -> {
                Verdict verdict = evaluate(rule.get(), offering, member, mine);
                return new Explanation(verdict, verdict.kind() == Verdict.Kind.NOT_YET
                        ? suggestionsFor(verdict, offering) : List.of(), true);
            }).orElse(null);
            paths.add(new ProgramPath(program, names.get(program), next.orElse(null), explanation));
        }
        return paths;
    }

    /** Verdicts for the catalog's badges: only offerings whose program has a rule, only for members. */
    @Transactional(readOnly = true)
    public Map<OfferingId, Verdict> verdicts(Collection<OfferingCard> offerings) {
        if (!currentMember.isSignedIn()) {
            return Map.of();
        }
        MemberId member = members.currentMemberId();
        List<MyEnrollment> mine = enrollment.myEnrollments();
        Map<OfferingId, Verdict> verdicts = new HashMap<>();
        for (OfferingCard offering : offerings) {
            rules.ruleOf(offering.programCode()).ifPresent(rule ->
                    verdicts.put(offering.id(), evaluate(rule, offering, member, mine)));
        }
        return verdicts;
    }

    @Override
    @Transactional(readOnly = true)
    public void check(OfferingId offeringId) {
        OfferingCard offering = catalog.offering(offeringId).orElseThrow().card();
        Optional<Rule> rule = rules.ruleOf(offering.programCode());
        if (rule.isPresent() && !evaluate(rule.get(), offering, members.currentMemberId(),
                enrollment.myEnrollments()).allowsEnrollment()) {
            throw new EnrollmentRefused("enrollment.refused.noteligible");
        }
    }

    /** The signed-in member applies for an offering that requires an approved application. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void apply(OfferingId offering) {
        Application.Key key = new Application.Key(offering.value(), members.currentMemberId().value());
        if (applications.findById(key).isEmpty()) {
            applications.save(new Application(offering.value(), key.memberId(), clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> myApplicationStatus(OfferingId offering) {
        return applications.findById(new Application.Key(offering.value(), members.currentMemberId().value()))
                .map(Application::getStatus);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void decideApplication(OfferingId offering, MemberId member, boolean approved) {
        applications.findById(new Application.Key(offering.value(), member.value())).orElseThrow()
                .decide(approved, members.actorName(), clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<PendingApplication> pendingApplications() {
        List<Application> pending = applications.findByStatusOrderByAppliedAtAsc("PENDING");
        Map<MemberId, String> names = members.names(pending.stream().map(a -> new MemberId(a.getKey().memberId())).toList());
        Map<OfferingId, OfferingDetails> offerings = catalog.offerings(pending.stream()
                .map(a -> new OfferingId(a.getKey().offeringId())).toList()).stream()
                .collect(Collectors.toMap(d -> d.card().id(), d -> d));
        return pending.stream().map(a -> new PendingApplication(new OfferingId(a.getKey().offeringId()),
                offerings.get(new OfferingId(a.getKey().offeringId())).card().title(),
                new MemberId(a.getKey().memberId()), names.get(new MemberId(a.getKey().memberId())),
                a.getAppliedAt())).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void grantOverride(String programCode, MemberId member, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a reason");
        }
        overrides.save(new EligibilityOverride(programCode, member.value(), reason.strip(), members.actorName(),
                clock.instant()));
    }

    Verdict evaluate(Rule rule, OfferingCard offering, MemberId member, List<MyEnrollment> mine) {
        return engine.evaluate(rule, facts(member, offering, mine), offering.firstSessionStart()
                .atZone(offering.zone()).toLocalDate());
    }

    private MemberFacts facts(MemberId member, OfferingCard offering, List<MyEnrollment> mine) {
        Map<String, List<LocalDate>> completed = completions
                .findByMemberIdAndStatus(member.value(), CompletionStatus.VERIFIED).stream()
                .collect(Collectors.groupingBy(c -> c.getProgramCode(),
                        Collectors.mapping(c -> c.getCompletedOn(), Collectors.toList())));
        Instant now = clock.instant();
        Map<String, List<LocalDate>> planned = new HashMap<>();
        List<OfferingId> enrolled = mine.stream().filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                .map(MyEnrollment::offeringId).toList();
        for (OfferingDetails details : catalog.offerings(enrolled)) {
            OfferingCard card = details.card();
            if (card.lastSessionEnd().isAfter(now)) {
                planned.computeIfAbsent(card.programCode(), code -> new ArrayList<>())
                        .add(card.lastSessionEnd().atZone(card.zone()).toLocalDate());
            }
        }
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        int days = practice.countDays(member.value(), today.minusDays(settings.windowDays() - 1L), today);
        boolean approved = applications.findById(new Application.Key(offering.id().value(), member.value()))
                .map(Application::isApproved).orElse(false);
        boolean overridden = overrides.existsById(new EligibilityOverride.Key(offering.programCode(), member.value()));
        return new MemberFacts(completed, planned, days, approved, overridden);
    }

    private List<Suggestion> suggestionsFor(Verdict verdict, OfferingCard offering) {
        Instant now = clock.instant();
        Map<String, List<OfferingCard>> cache = new HashMap<>();
        List<OfferingCard> laterRuns = catalog.upcomingOfferingsOf(offering.programCode(), offering.firstSessionStart())
                .stream().map(OfferingDetails::card).toList();
        return SuggestionFinder.find(verdict.missing(), program -> cache.computeIfAbsent(program,
                code -> catalog.upcomingOfferingsOf(code, now).stream().map(OfferingDetails::card).toList()), laterRuns);
    }
}

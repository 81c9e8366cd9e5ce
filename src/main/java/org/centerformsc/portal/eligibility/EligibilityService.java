package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.eligibility.domain.Application;
import org.centerformsc.portal.eligibility.domain.ApplicationRepository;
import org.centerformsc.portal.eligibility.domain.EligibilityOverride;
import org.centerformsc.portal.eligibility.domain.EligibilityOverrideRepository;
import org.centerformsc.portal.eligibility.domain.SuggestionFinder;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may take what: evaluates a program's rule for the signed-in member and an offering, and explains the answer.
 * The member's facts are read once per call, however many offerings a page judges. Enrollment asks the same
 * question through {@link PrerequisiteGate}.
 */
@Service
public class EligibilityService {

    static final int MAX_REASON = 1000;
    static final int RUNS_CONSIDERED = 10;

    private final PrerequisiteService rules;
    private final FactsReader facts;
    private final ApplicationRepository applications;
    private final EligibilityOverrideRepository overrides;
    private final CatalogService catalog;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EligibilityService(PrerequisiteService rules, FactsReader facts, ApplicationRepository applications,
                       EligibilityOverrideRepository overrides, CatalogService catalog,
                       MemberService members, CurrentMember currentMember, ApplicationEventPublisher events,
                       Clock clock) {
        this.rules = rules;
        this.facts = facts;
        this.applications = applications;
        this.overrides = overrides;
        this.catalog = catalog;
        this.members = members;
        this.currentMember = currentMember;
        this.events = events;
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
        if (rule.isEmpty()) {
            return Optional.of(new Explanation(Verdict.eligible(), List.of(), false));
        }
        Verdict verdict = mine(List.of(rule.get())).verdict(rule.get(), offering);
        List<Suggestion> suggestions = verdict.kind() == Verdict.Kind.NOT_YET
                ? suggestionsFor(verdict, offering, upcomingRuns()) : List.of();
        return Optional.of(new Explanation(verdict, suggestions, true));
    }

    /** For "My path": every program with prerequisites, judged against its next offering. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProgramPath> myPath() {
        Map<String, String> names = catalog.programNames();
        Map<String, Rule> ruled = rules.rulesOf(names.keySet());
        if (ruled.isEmpty()) {
            return List.of();
        }
        FactsReader.OfMember mine = mine(ruled.values());
        Map<String, List<OfferingCard>> upcoming = upcomingRuns();
        List<ProgramPath> paths = new ArrayList<>();
        for (String program : ruled.keySet().stream().sorted().toList()) {
            Optional<OfferingCard> next = upcoming.getOrDefault(program, List.of()).stream().findFirst();
            Explanation explanation = next.map(offering -> {
                Verdict verdict = mine.verdict(ruled.get(program), offering);
                return new Explanation(verdict, verdict.kind() == Verdict.Kind.NOT_YET
                        ? suggestionsFor(verdict, offering, upcoming) : List.of(), true);
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
        Map<String, Rule> ruled = rules.rulesOf(offerings.stream().map(OfferingCard::programCode).toList());
        if (ruled.isEmpty()) {
            return Map.of();
        }
        FactsReader.OfMember mine = mine(ruled.values());
        Map<OfferingId, Verdict> verdicts = new HashMap<>();
        for (OfferingCard offering : offerings) {
            Rule rule = ruled.get(offering.programCode());
            if (rule != null) {
                verdicts.put(offering.id(), mine.verdict(rule, offering));
            }
        }
        return verdicts;
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

    /** Staff approve a waiting application: the member may enroll now. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void approveApplication(OfferingId offering, MemberId member) {
        Application application = pendingApplication(offering, member);
        application.approve(members.actorName(), clock.instant());
        events.publishEvent(new ApplicationDecided(offering, member, true, null, application.getDecidedAt()));
    }

    /** Staff decline a waiting application, with the reason the member will read. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void declineApplication(OfferingId offering, MemberId member, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new ApplicationRefused("staff.applications.refused.reason");
        }
        Application application = pendingApplication(offering, member);
        application.decline(why, members.actorName(), clock.instant());
        events.publishEvent(new ApplicationDecided(offering, member, false, why, application.getDecidedAt()));
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

    private Application pendingApplication(OfferingId offering, MemberId member) {
        // locked: a second decision waits for the first and then finds it decided
        Application application = applications.findForDecision(new Application.Key(offering.value(), member.value()))
                .orElseThrow(() -> new ApplicationRefused("staff.applications.refused.decided"));
        if (!application.isPending()) {
            throw new ApplicationRefused("staff.applications.refused.decided");
        }
        return application;
    }

    /** The signed-in member's facts for these rules, in one statement. */
    private FactsReader.OfMember mine(Collection<Rule> ruled) {
        return facts.read(members.currentMemberId(), ruled);
    }

    /**
     * The next runs of every program, read once for a page: suggestions look at the next {@value #RUNS_CONSIDERED}
     * runs of each program, which hold the soonest that end in time.
     */
    private Map<String, List<OfferingCard>> upcomingRuns() {
        return catalog.nextOfferingsOf(catalog.programNames().keySet(), clock.instant(), RUNS_CONSIDERED);
    }

    private static List<Suggestion> suggestionsFor(Verdict verdict, OfferingCard offering,
                                                   Map<String, List<OfferingCard>> upcoming) {
        List<OfferingCard> laterRuns = upcoming.getOrDefault(offering.programCode(), List.of()).stream()
                .filter(run -> run.firstSessionStart().isAfter(offering.firstSessionStart())).toList();
        return SuggestionFinder.find(verdict.missing(), program -> upcoming.getOrDefault(program, List.of()),
                laterRuns);
    }
}

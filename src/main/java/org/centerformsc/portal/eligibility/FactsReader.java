package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.eligibility.domain.ApplicationRepository;
import org.centerformsc.portal.eligibility.domain.EligibilityEngine;
import org.centerformsc.portal.eligibility.domain.EligibilityOverrideRepository;
import org.centerformsc.portal.eligibility.domain.MemberFacts;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.practice.PracticeService;
import org.centerformsc.portal.practice.PracticeSettings;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine needs to know of one member, read once through the features that own it (completion, practice,
 * catalog) and from eligibility's own applications and overrides. The member's places come in, never from
 * enrollment, so that the enrollment gate can use it without calling back (docs/decisions/011).
 */
@Component
class FactsReader {

    private final CompletionService completions;
    private final PracticeService practice;
    private final PracticeSettings dailyPractice;
    private final CatalogService catalog;
    private final ApplicationRepository applications;
    private final EligibilityOverrideRepository overrides;
    private final EligibilityEngine engine;
    private final Clock clock;

    FactsReader(CompletionService completions, PracticeService practice, PracticeSettings dailyPractice,
                CatalogService catalog, ApplicationRepository applications, EligibilityOverrideRepository overrides,
                Clock clock) {
        this.completions = completions;
        this.practice = practice;
        this.dailyPractice = dailyPractice;
        this.catalog = catalog;
        this.applications = applications;
        this.overrides = overrides;
        this.engine = new EligibilityEngine(dailyPractice.requiredDays(), dailyPractice.windowDays());
        this.clock = clock;
    }

    /**
     * Reads only what the rules ask about: a rule without a daily practice needs no practice log, and so on.
     * Callers hold a transaction, so that the reads share one connection.
     */
    OfMember read(MemberId member, List<MyEnrollment> places, Collection<Rule> rules) {
        Set<Class<? extends Rule>> asked = new HashSet<>();
        Set<Integer> windows = new HashSet<>();
        rules.forEach(rule -> conditionsOf(rule, asked, windows));
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        boolean completions = asked.contains(Rule.Completed.class);
        Map<Integer, Integer> practiceDays = new HashMap<>();
        windows.forEach(window -> practiceDays.put(window,
                practice.daysPracticed(member, today.minusDays(window - 1L), today)));
        return new OfMember(
                completions ? this.completions.verifiedProgramsOf(member) : Map.of(),
                completions ? planned(places, now) : Map.of(),
                practiceDays,
                asked.contains(Rule.ApprovedApplication.class)
                        ? applications.findApprovedOfferings(member.value()) : Set.of(),
                overrides.findOverriddenPrograms(member.value()));
    }

    /** The kinds of condition the rule asks about, and the windows of its daily practices (usually one). */
    private void conditionsOf(Rule rule, Set<Class<? extends Rule>> found, Set<Integer> windows) {
        if (rule instanceof Rule.AllOf all) {
            all.allOf().forEach(child -> conditionsOf(child, found, windows));
        } else if (rule instanceof Rule.AnyOf any) {
            any.anyOf().forEach(child -> conditionsOf(child, found, windows));
        } else {
            found.add(rule.getClass());
            if (rule instanceof Rule.DailyPractice practice) {
                windows.add(practice.windowOr(dailyPractice.windowDays()));
            }
        }
    }

    /** The last days of the courses the member holds a seat in that have not ended, by program. */
    private Map<String, List<LocalDate>> planned(List<MyEnrollment> places, Instant now) {
        List<OfferingId> enrolled = places.stream().filter(place -> place.status() == EnrollmentStatus.ENROLLED)
                .map(MyEnrollment::offeringId).toList();
        Map<String, List<LocalDate>> planned = new HashMap<>();
        if (enrolled.isEmpty()) {
            return planned;
        }
        for (OfferingDetails details : catalog.offerings(enrolled)) {
            OfferingCard card = details.card();
            if (card.lastSessionEnd().isAfter(now)) {
                planned.computeIfAbsent(card.programCode(), code -> new ArrayList<>())
                        .add(card.lastSessionEnd().atZone(card.zone()).toLocalDate());
            }
        }
        return planned;
    }

    /** One member's facts, judged against as many offerings as a page shows without reading them again. */
    final class OfMember {

        private final Map<String, List<LocalDate>> completed;
        private final Map<String, List<LocalDate>> planned;
        private final Map<Integer, Integer> practiceDays;
        private final Set<Long> approvedOfferings;
        private final Set<String> overriddenPrograms;

        private OfMember(Map<String, List<LocalDate>> completed, Map<String, List<LocalDate>> planned,
                         Map<Integer, Integer> practiceDays, Set<Long> approvedOfferings,
                         Set<String> overriddenPrograms) {
            this.completed = completed;
            this.planned = planned;
            this.practiceDays = practiceDays;
            this.approvedOfferings = approvedOfferings;
            this.overriddenPrograms = overriddenPrograms;
        }

        Verdict verdict(Rule rule, OfferingCard offering) {
            MemberFacts facts = new MemberFacts(completed, planned, practiceDays,
                    approvedOfferings.contains(offering.id().value()),
                    overriddenPrograms.contains(offering.programCode()));
            return engine.evaluate(rule, facts, offering.firstSessionStart().atZone(offering.zone()).toLocalDate());
        }
    }
}

package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.eligibility.domain.EligibilityEngine;
import org.centerformsc.portal.eligibility.domain.MemberFactsQuery;
import org.centerformsc.portal.eligibility.domain.MemberFacts;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.practice.PracticeSettings;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine needs to know of one member, read once per page in one statement ({@link MemberFactsQuery},
 * docs/decisions/025). It never calls enrollment, so that the enrollment gate can use it without calling back
 * (docs/decisions/011).
 */
@Component
class FactsReader {

    private final MemberFactsQuery query;
    private final PracticeSettings dailyPractice;
    private final EligibilityEngine engine;
    private final Clock clock;

    FactsReader(MemberFactsQuery query, PracticeSettings dailyPractice, Clock clock) {
        this.query = query;
        this.dailyPractice = dailyPractice;
        this.engine = new EligibilityEngine(dailyPractice.requiredDays(), dailyPractice.windowDays());
        this.clock = clock;
    }

    /**
     * The member's facts in one statement, with the practice log counted only for the windows the rules name
     * (docs/decisions/025). Inside an enrolling transaction it sees that transaction's places.
     */
    OfMember read(MemberId member, Collection<Rule> rules) {
        Set<Class<? extends Rule>> asked = new HashSet<>();
        Set<Integer> windows = new HashSet<>();
        rules.forEach(rule -> conditionsOf(rule, asked, windows));
        Instant now = clock.instant();
        MemberFactsQuery.Facts facts = query.read(member.value(), now, now.atZone(ZoneOffset.UTC).toLocalDate(),
                windows);
        return new OfMember(facts.completed(), facts.planned(), facts.practiceDays(), facts.approvedOfferings(),
                facts.overriddenPrograms());
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

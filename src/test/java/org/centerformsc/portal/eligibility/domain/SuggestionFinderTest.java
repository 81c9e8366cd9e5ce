package org.centerformsc.portal.eligibility.domain;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.OfferingStatus;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.eligibility.Missing;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.eligibility.SeedRules;
import org.centerformsc.portal.eligibility.Suggestion;
import org.centerformsc.portal.eligibility.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief's case: a silent retreat six weeks before LOTT-28 is too late for it, and the April retreat fits LOTT-29. */
class SuggestionFinderTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final OfferingCard LOTT_28 = card(1, "LOTT-28", "TEACHER-TRAINING", LocalDate.of(2026, 4, 7),
            LocalDate.of(2026, 6, 23));
    private static final OfferingCard LOTT_29 = card(2, "LOTT-29", "TEACHER-TRAINING", LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 9, 16));
    private static final OfferingCard APRIL_RETREAT = card(3, "SR-2026-04", "SILENT-RETREAT", LocalDate.of(2026, 4, 15),
            LocalDate.of(2026, 4, 19));

    @Test
    void aRetreatTooLateForLott28PointsToTheRetreatThatFitsLott29() {
        Rule rule = SeedRules.BY_PROGRAM.get("TEACHER-TRAINING");
        MemberFacts facts = new MemberFacts(Map.of("MSC", List.of(LocalDate.of(2024, 10, 1)),
                "SILENT-RETREAT", List.of(LocalDate.of(2026, 2, 24))), Map.of(), Map.of(), false, false);
        Verdict verdict = new EligibilityEngine(20, 30).evaluate(rule, facts, LocalDate.of(2026, 4, 7));

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.NOT_YET);
        assertThat(verdict.missing()).containsExactly(
                new Missing.Completion("SILENT-RETREAT", 2, LocalDate.of(2026, 2, 7)));

        List<Suggestion> suggestions = SuggestionFinder.find(verdict.missing(),
                program -> program.equals("SILENT-RETREAT") ? List.of(APRIL_RETREAT) : List.of(), List.of(LOTT_29));

        assertThat(suggestions).containsExactly(new Suggestion(APRIL_RETREAT, LOTT_29));
    }

    @Test
    void anOfferingThatEndsInTimeIsSuggestedForTheOfferingItself() {
        List<Suggestion> suggestions = SuggestionFinder.find(
                List.of(new Missing.Completion("SILENT-RETREAT", 2, LocalDate.of(2026, 5, 1))),
                program -> List.of(APRIL_RETREAT), List.of());

        assertThat(suggestions).containsExactly(new Suggestion(APRIL_RETREAT, null));
    }

    @Test
    void alternativesOfAnAnyOfAreAllSearched() {
        OfferingCard lomsc = card(4, "LOMSC-1", "LOMSC", LocalDate.of(2026, 1, 6), LocalDate.of(2026, 3, 10));
        List<Suggestion> suggestions = SuggestionFinder.find(List.of(new Missing.OneOf(List.of(
                        new Missing.Completion("MSC", 0, LocalDate.of(2026, 3, 22)),
                        new Missing.Completion("LOMSC", 0, LocalDate.of(2026, 3, 22))))),
                program -> program.equals("LOMSC") ? List.of(lomsc) : List.of(), List.of(LOTT_28));

        assertThat(suggestions).containsExactly(new Suggestion(lomsc, null));
    }

    private static OfferingCard card(long id, String code, String program, LocalDate first, LocalDate last) {
        Instant start = first.atTime(LocalTime.of(8, 0)).atZone(PACIFIC).toInstant();
        Instant end = last.atTime(LocalTime.of(11, 0)).atZone(PACIFIC).toInstant();
        return new OfferingCard(new OfferingId(id), code, code, program, program, PACIFIC, OfferingFormat.ONLINE, null,
                "en", List.of(), 10, Price.free(), start, start.plusSeconds(10_800), end, 5, start.minusSeconds(86_400 * 90L),
                start, OfferingStatus.PUBLISHED, org.centerformsc.portal.catalog.RefundPolicy.NONE,
                org.centerformsc.portal.catalog.FeeOptions.NONE);
    }
}

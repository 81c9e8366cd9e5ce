package org.centerformsc.portal.eligibility.domain;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.eligibility.Missing;
import org.centerformsc.portal.eligibility.Suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * For each missing completion, the upcoming offerings that end early enough; when none fits the offering asked
 * about, the ones that would fit a later run of the same program.
 */
public final class SuggestionFinder {

    private static final int MAX = 3;

    private SuggestionFinder() {
    }

    /**
     * @param upcomingOf upcoming offerings of a program (first session in the future), soonest first
     * @param laterRuns  later offerings of the target's program, soonest first
     */
    public static List<Suggestion> find(List<Missing> missing, Function<String, List<OfferingCard>> upcomingOf,
                                        List<OfferingCard> laterRuns) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Missing.Completion completion : completions(missing)) {
            List<OfferingCard> inTime = endingBy(upcomingOf.apply(completion.program()), completion.deadline());
            if (!inTime.isEmpty()) {
                inTime.stream().limit(MAX).forEach(card -> suggestions.add(new Suggestion(card, null)));
                continue;
            }
            for (OfferingCard later : laterRuns) {
                LocalDate deadline = EligibilityEngine.latestCompletionDay(completion.monthsBefore(),
                        later.firstSessionStart().atZone(later.zone()).toLocalDate());
                List<OfferingCard> fits = endingBy(upcomingOf.apply(completion.program()), deadline);
                if (!fits.isEmpty()) {
                    suggestions.add(new Suggestion(fits.get(0), later));
                    break;
                }
            }
        }
        return suggestions.stream().distinct().limit(MAX * 2L).toList();
    }

    private static List<OfferingCard> endingBy(List<OfferingCard> offerings, LocalDate deadline) {
        return offerings.stream()
                .filter(card -> !card.lastSessionEnd().atZone(card.zone()).toLocalDate().isAfter(deadline)).toList();
    }

    private static List<Missing.Completion> completions(List<Missing> missing) {
        List<Missing.Completion> found = new ArrayList<>();
        for (Missing item : missing) {
            if (item instanceof Missing.Completion completion) {
                found.add(completion);
            } else if (item instanceof Missing.OneOf oneOf) {
                found.addAll(completions(oneOf.alternatives()));
            }
        }
        return found;
    }
}

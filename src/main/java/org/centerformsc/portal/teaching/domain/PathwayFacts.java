package org.centerformsc.portal.teaching.domain;

import org.centerformsc.portal.teaching.Pathway.DeadlineKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The verified records the pathway is derived from. Lists of dates need not be sorted.
 *
 * @param completions      earliest verified completion per program code
 * @param practiceDays     distinct days with logged practice (the first ones are enough)
 * @param coTaught         end dates of MSC courses the teacher taught
 * @param trainingsTaught  end dates of teacher trainings the teacher taught
 * @param consultations    dates of verified mentor consultations
 * @param continuingEducation verified continuing-education activities
 * @param extensions       extended due date per deadline and original due date
 */
public record PathwayFacts(Map<String, LocalDate> completions, List<LocalDate> practiceDays, List<LocalDate> coTaught,
                           List<LocalDate> trainingsTaught, List<LocalDate> consultations,
                           List<Activity> continuingEducation, Map<Extended, LocalDate> extensions) {

    public record Activity(LocalDate on, int minutes) {
    }

    public record Extended(DeadlineKind kind, LocalDate originalDue) {
    }

    public static PathwayFacts none() {
        return new PathwayFacts(Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}

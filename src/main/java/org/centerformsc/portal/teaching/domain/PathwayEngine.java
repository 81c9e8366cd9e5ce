package org.centerformsc.portal.teaching.domain;

import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.Pathway.Deadline;
import org.centerformsc.portal.teaching.Pathway.DeadlineKind;
import org.centerformsc.portal.teaching.Pathway.DeadlineStatus;
import org.centerformsc.portal.teaching.Pathway.RenewalCycle;
import org.centerformsc.portal.teaching.Pathway.Requirement;
import org.centerformsc.portal.teaching.Pathway.StageProgress;
import org.centerformsc.portal.teaching.Pathway.StageState;
import org.centerformsc.portal.teaching.PathwayStage;
import org.centerformsc.portal.teaching.PathwaySettings;
import org.centerformsc.portal.teaching.TrainingLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Derives a teacher's pathway from their records on a given day. Pure: no clock, no database. */
public final class PathwayEngine {

    private static final int MAX_CYCLES = 100;

    private final PathwaySettings settings;

    public PathwayEngine(PathwaySettings settings) {
        this.settings = settings;
    }

    public Pathway evaluate(PathwayFacts facts, LocalDate today) {
        LocalDate msc = settings.mscPrograms().stream().map(facts.completions()::get).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        List<LocalDate> practice = sorted(facts.practiceDays().stream().distinct());
        LocalDate practiceOn = nth(practice, settings.practiceDays(), null);
        LocalDate retreat = facts.completions().get(settings.retreatProgram());
        LocalDate training = facts.completions().get(settings.teacherTrainingProgram());

        List<LocalDate> coTaught = training == null ? List.of() : onOrAfter(facts.coTaught(), training);
        List<LocalDate> consulted = training == null ? List.of() : onOrAfter(facts.consultations(), training);
        LocalDate supervisedOn = training == null ? null
                : later(nth(coTaught, settings.coTeachingRequired(), training),
                nth(consulted, settings.consultationsRequired(), training));

        Deadline certification = null;
        LocalDate certifiedOn = null;
        if (training != null) {
            LocalDate original = training.plusYears(settings.certificationWithinYears());
            LocalDate due = facts.extensions().getOrDefault(new PathwayFacts.Extended(DeadlineKind.CERTIFICATION,
                    original), original);
            if (supervisedOn != null && !supervisedOn.isAfter(due)) {
                certifiedOn = supervisedOn;
            } else {
                certification = new Deadline(DeadlineKind.CERTIFICATION, original, due, status(due, today));
            }
        }
        RenewalCycle renewal = certifiedOn == null ? null : renewal(facts, certifiedOn, today);
        boolean lapsed = renewal != null && renewal.lapsed();

        List<Requirement> supervised = List.of(
                new Requirement("co-teaching", coTaught.size(), settings.coTeachingRequired()),
                new Requirement("consultations", consulted.size(), settings.consultationsRequired()));
        List<StageProgress> stages = stages(new LocalDate[]{msc, practiceOn, retreat, training, certifiedOn,
                certifiedOn}, List.of(
                List.of(new Requirement("msc", msc == null ? 0 : 1, 1)),
                List.of(new Requirement("practice-days", Math.min(practice.size(), settings.practiceDays()),
                        settings.practiceDays())),
                List.of(new Requirement("retreat", retreat == null ? 0 : 1, 1)),
                List.of(new Requirement("teacher-training", training == null ? 0 : 1, 1)),
                supervised,
                List.of()), lapsed);
        PathwayStage current = stages.stream().filter(s -> s.state() != StageState.DONE).findFirst()
                .map(StageProgress::stage).orElse(PathwayStage.CERTIFIED);

        List<Deadline> deadlines = new ArrayList<>();
        if (certification != null) {
            deadlines.add(certification);
        }
        if (renewal != null) {
            deadlines.add(new Deadline(DeadlineKind.RENEWAL, renewal.originalDue(), renewal.due(),
                    renewal.met() && !lapsed ? DeadlineStatus.ON_TRACK : status(renewal.due(), today)));
        }
        return new Pathway(level(facts, training, certifiedOn, lapsed), current, stages, List.copyOf(deadlines),
                renewal, certifiedOn);
    }

    private TrainingLevel level(PathwayFacts facts, LocalDate training, LocalDate certifiedOn, boolean lapsed) {
        if (certifiedOn != null && !lapsed) {
            return facts.trainingsTaught().isEmpty() ? TrainingLevel.CERTIFIED : TrainingLevel.TRAINER;
        }
        return training != null ? TrainingLevel.TRAINED : TrainingLevel.IN_TRAINING;
    }

    /** A stage is done with its own evidence, or because a later stage is on record (an older system's teacher). */
    private static List<StageProgress> stages(LocalDate[] reached, List<List<Requirement>> requirements,
                                              boolean lapsed) {
        PathwayStage[] all = PathwayStage.values();
        int lastReached = -1;
        for (int i = 0; i < all.length; i++) {
            if (reached[i] != null) {
                lastReached = i;
            }
        }
        List<StageProgress> stages = new ArrayList<>();
        boolean currentTaken = false;
        for (int i = 0; i < all.length; i++) {
            StageState state;
            if (i == all.length - 1 && reached[i] != null && lapsed) {
                state = StageState.LAPSED;
            } else if (reached[i] != null || i < lastReached) {
                state = StageState.DONE;
            } else if (!currentTaken) {
                state = StageState.CURRENT;
                currentTaken = true;
            } else {
                state = StageState.AHEAD;
            }
            stages.add(new StageProgress(all[i], state, reached[i], requirements.get(i)));
        }
        return List.copyOf(stages);
    }

    /**
     * Walks the renewal cycles from certification: a cycle renews at its original due date when its hours and
     * consultations were met by its (possibly extended) due date; the first cycle that missed it lapses.
     */
    private RenewalCycle renewal(PathwayFacts facts, LocalDate certifiedOn, LocalDate today) {
        LocalDate start = certifiedOn;
        LocalDate countFrom = certifiedOn;
        for (int cycle = 0; cycle < MAX_CYCLES; cycle++) {
            LocalDate original = start.plusYears(settings.renewalYears());
            LocalDate due = facts.extensions().getOrDefault(new PathwayFacts.Extended(DeadlineKind.RENEWAL, original),
                    original);
            LocalDate from = countFrom;
            List<PathwayFacts.Activity> activities = facts.continuingEducation().stream()
                    .filter(a -> !a.on().isBefore(from) && !a.on().isAfter(due))
                    .sorted(Comparator.comparing(PathwayFacts.Activity::on)).toList();
            List<LocalDate> consultations = sorted(facts.consultations().stream()
                    .filter(d -> !d.isBefore(from) && !d.isAfter(due)));
            LocalDate hoursMetOn = hoursMetOn(activities, settings.renewalCeHours() * 60, start);
            LocalDate metOn = later(hoursMetOn, nth(consultations, settings.renewalConsultations(), start));
            boolean over = today.isAfter(due);
            if (metOn != null && !original.isAfter(today)) {
                start = original;
                // what a late (extended) cycle used up does not count again for the next one
                countFrom = metOn.isBefore(original) ? original : metOn.plusDays(1);
                continue;
            }
            LocalDate countUntil = over ? due : today;
            int minutes = activities.stream().filter(a -> !a.on().isAfter(countUntil))
                    .mapToInt(PathwayFacts.Activity::minutes).sum();
            int consulted = (int) consultations.stream().filter(d -> !d.isAfter(countUntil)).count();
            return new RenewalCycle(start, original, due,
                    new Requirement("ce-hours", minutes / 60, settings.renewalCeHours()),
                    new Requirement("renewal-consultations", consulted, settings.renewalConsultations()),
                    metOn == null && over);
        }
        throw new IllegalStateException("More than " + MAX_CYCLES + " renewal cycles");
    }

    private static LocalDate hoursMetOn(List<PathwayFacts.Activity> activities, int requiredMinutes, LocalDate start) {
        if (requiredMinutes == 0) {
            return start;
        }
        int minutes = 0;
        for (PathwayFacts.Activity activity : activities) {
            minutes += activity.minutes();
            if (minutes >= requiredMinutes) {
                return activity.on();
            }
        }
        return null;
    }

    private DeadlineStatus status(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        return today.plusDays(settings.dueSoonDays()).isBefore(due) ? DeadlineStatus.ON_TRACK
                : DeadlineStatus.DUE_SOON;
    }

    /** The day the n-th record came in; when none are required, the day counting began. */
    private static LocalDate nth(List<LocalDate> sortedDates, int n, LocalDate countingFrom) {
        if (n <= 0) {
            return countingFrom;
        }
        return sortedDates.size() >= n ? sortedDates.get(n - 1) : null;
    }

    private static List<LocalDate> onOrAfter(List<LocalDate> dates, LocalDate from) {
        return sorted(dates.stream().filter(d -> !d.isBefore(from)));
    }

    private static List<LocalDate> sorted(Stream<LocalDate> dates) {
        return dates.sorted().toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isAfter(b) ? a : b;
    }
}

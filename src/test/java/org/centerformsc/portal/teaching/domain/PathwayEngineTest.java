package org.centerformsc.portal.teaching.domain;

import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.Pathway.DeadlineKind;
import org.centerformsc.portal.teaching.Pathway.DeadlineStatus;
import org.centerformsc.portal.teaching.Pathway.StageState;
import org.centerformsc.portal.teaching.PathwaySettings;
import org.centerformsc.portal.teaching.PathwayStage;
import org.centerformsc.portal.teaching.TrainingLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayEngineTest {

    static final PathwaySettings SETTINGS = new PathwaySettings(List.of("MSC", "LOMSC", "MSC-INTENSIVE"),
            "SILENT-RETREAT", "TEACHER-TRAINING", 60, 2, 10, 3, 3, 20, 4, 90);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final PathwayEngine engine = new PathwayEngine(SETTINGS);

    /** A fluent builder of facts, so that each row of the table reads as the teacher's story. */
    static final class Story {
        final Map<String, LocalDate> completions = new HashMap<>();
        final List<LocalDate> practice = new ArrayList<>();
        final List<LocalDate> coTaught = new ArrayList<>();
        final List<LocalDate> trainings = new ArrayList<>();
        final List<LocalDate> consultations = new ArrayList<>();
        final List<PathwayFacts.Activity> education = new ArrayList<>();
        final Map<PathwayFacts.Extended, LocalDate> extensions = new HashMap<>();

        Story completed(String program, String on) {
            completions.put(program, LocalDate.parse(on));
            return this;
        }

        Story practisedDays(int days, String from) {
            IntStream.range(0, days).forEach(i -> practice.add(LocalDate.parse(from).plusDays(i)));
            return this;
        }

        Story coTaught(String... ends) {
            for (String end : ends) {
                coTaught.add(LocalDate.parse(end));
            }
            return this;
        }

        Story taughtTraining(String end) {
            trainings.add(LocalDate.parse(end));
            return this;
        }

        Story consultations(int count, String from) {
            IntStream.range(0, count).forEach(i -> consultations.add(LocalDate.parse(from).plusWeeks(i)));
            return this;
        }

        Story education(String on, int hours) {
            education.add(new PathwayFacts.Activity(LocalDate.parse(on), hours * 60));
            return this;
        }

        Story extended(DeadlineKind kind, String original, String to) {
            extensions.put(new PathwayFacts.Extended(kind, LocalDate.parse(original)), LocalDate.parse(to));
            return this;
        }

        /** MSC, practice, retreat and training done; two courses and ten consultations after the training. */
        Story certifiedIn(int year) {
            return completed("MSC", year - 3 + "-03-01").practisedDays(60, year - 3 + "-04-01")
                    .completed("SILENT-RETREAT", year - 2 + "-01-10").completed("TEACHER-TRAINING", year - 2 + "-06-01")
                    .coTaught(year - 1 + "-02-01", year - 1 + "-09-01").consultations(10, year - 2 + "-07-01");
        }

        PathwayFacts facts() {
            return new PathwayFacts(completions, practice, coTaught, trainings, consultations, education, extensions);
        }
    }

    Pathway evaluate(Story story) {
        return engine.evaluate(story.facts(), TODAY);
    }

    @Test
    void aNewcomerStartsWithMsc() {
        Pathway pathway = evaluate(new Story());
        assertThat(pathway.level()).isEqualTo(TrainingLevel.IN_TRAINING);
        assertThat(pathway.current()).isEqualTo(PathwayStage.COMPLETE_MSC);
        assertThat(pathway.stages()).extracting(Pathway.StageProgress::state).containsExactly(StageState.CURRENT,
                StageState.AHEAD, StageState.AHEAD, StageState.AHEAD, StageState.AHEAD, StageState.AHEAD);
        assertThat(pathway.deadlines()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MSC only                                   | MSC   | 0  | -          | -          | PERSONAL_PRACTICE   | IN_TRAINING
            LOMSC counts as MSC, 59 days of practice   | LOMSC | 59 | -          | -          | PERSONAL_PRACTICE   | IN_TRAINING
            60 days of practice                        | MSC   | 60 | -          | -          | SILENT_RETREAT      | IN_TRAINING
            retreat done                               | MSC   | 60 | 2025-01-10 | -          | TEACHER_TRAINING    | IN_TRAINING
            teacher training done                      | MSC   | 60 | 2025-01-10 | 2025-06-01 | SUPERVISED_TEACHING | TRAINED
            trained in an older system: nothing else   | -     | 0  | -          | 2025-06-01 | SUPERVISED_TEACHING | TRAINED
            """)
    void stagesFollowTheRecords(String story, String msc, int practiceDays, String retreat, String training,
                                PathwayStage current, TrainingLevel level) {
        Story facts = new Story().practisedDays(practiceDays, "2024-05-01");
        if (!msc.equals("-")) {
            facts.completed(msc, "2024-03-01");
        }
        if (!retreat.equals("-")) {
            facts.completed("SILENT-RETREAT", retreat);
        }
        if (!training.equals("-")) {
            facts.completed("TEACHER-TRAINING", training);
        }
        Pathway pathway = evaluate(facts);
        assertThat(pathway.current()).as(story).isEqualTo(current);
        assertThat(pathway.level()).as(story).isEqualTo(level);
    }

    @Test
    void practiceIsReachedOnTheSixtiethDay() {
        Pathway pathway = evaluate(new Story().completed("MSC", "2024-03-01").practisedDays(70, "2024-04-01"));
        assertThat(pathway.stages().get(1).reachedOn()).isEqualTo(LocalDate.of(2024, 4, 1).plusDays(59));
    }

    @Test
    void aLaterStageOnRecordMarksTheEarlierOnesDoneWithoutADate() {
        Pathway pathway = evaluate(new Story().completed("TEACHER-TRAINING", "2025-06-01"));
        assertThat(pathway.stages().subList(0, 4)).allSatisfy(s -> assertThat(s.state()).isEqualTo(StageState.DONE));
        assertThat(pathway.stages().get(0).reachedOn()).isNull();
        assertThat(pathway.stages().get(3).reachedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void supervisedTeachingCountsOnlyWhatCameAfterTheTraining() {
        Pathway pathway = evaluate(new Story().completed("TEACHER-TRAINING", "2025-06-01")
                .coTaught("2025-05-01", "2025-10-01").consultations(3, "2025-05-11").consultations(6, "2025-07-01"));
        assertThat(pathway.stages().get(4).requirements()).extracting(Pathway.Requirement::key,
                Pathway.Requirement::done, Pathway.Requirement::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("co-teaching", 1, 2),
                        org.assertj.core.groups.Tuple.tuple("consultations", 6, 10));
        assertThat(pathway.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.CERTIFICATION);
            assertThat(d.due()).isEqualTo(LocalDate.of(2028, 6, 1));
            assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TRACK);
        });
    }

    @Test
    void certificationIsDatedByTheLastRequirementMet() {
        Pathway pathway = evaluate(new Story().completed("TEACHER-TRAINING", "2024-06-01")
                .coTaught("2024-12-01", "2025-08-20").consultations(10, "2024-07-01"));
        assertThat(pathway.level()).isEqualTo(TrainingLevel.CERTIFIED);
        assertThat(pathway.certifiedOn()).isEqualTo(LocalDate.of(2025, 8, 20));
        assertThat(pathway.current()).isEqualTo(PathwayStage.CERTIFIED);
        assertThat(pathway.renewal().due()).isEqualTo(LocalDate.of(2028, 8, 20));
    }

    @Test
    void supervisionFinishedAfterTheDeadlineIsOverdueUntilStaffExtendIt() {
        Story late = new Story().completed("TEACHER-TRAINING", "2022-06-01").coTaught("2023-01-01", "2025-09-01")
                .consultations(10, "2022-07-01");
        Pathway overdue = evaluate(late);
        assertThat(overdue.level()).isEqualTo(TrainingLevel.TRAINED);
        assertThat(overdue.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.due()).isEqualTo(LocalDate.of(2025, 6, 1));
            assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE);
        });

        Pathway extended = evaluate(late.extended(DeadlineKind.CERTIFICATION, "2025-06-01", "2025-12-31"));
        assertThat(extended.level()).isEqualTo(TrainingLevel.CERTIFIED);
        assertThat(extended.certifiedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void anExtensionMovesAnOpenDeadlineAndSaysSo() {
        Pathway pathway = evaluate(new Story().completed("TEACHER-TRAINING", "2023-06-01")
                .extended(DeadlineKind.CERTIFICATION, "2026-06-01", "2027-03-01"));
        assertThat(pathway.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.extended()).isTrue();
            assertThat(d.due()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TRACK);
        });
    }

    @Test
    void teachingATeacherTrainingMakesACertifiedTeacherATrainer() {
        assertThat(evaluate(new Story().certifiedIn(2025).taughtTraining("2026-05-01")).level())
                .isEqualTo(TrainingLevel.TRAINER);
    }

    @Test
    void aCertifiedTeacherSeesTheCurrentRenewalCycle() {
        Pathway pathway = evaluate(new Story().certifiedIn(2025).consultations(2, "2025-10-01")
                .education("2026-03-01", 8).education("2026-04-01", 6));
        assertThat(pathway.renewal().startedOn()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(pathway.renewal().due()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(pathway.renewal().ceHours().done()).isEqualTo(14);
        assertThat(pathway.renewal().consultations().toGo()).isEqualTo(2);
        assertThat(pathway.renewal().lapsed()).isFalse();
    }

    @ParameterizedTest(name = "renewal due {0}: {1}")
    @CsvSource(textBlock = """
            2026-11-24, OVERDUE
            2026-11-25, DUE_SOON
            2027-02-23, DUE_SOON
            2027-02-24, ON_TRACK
            """)
    void renewalDeadlineStatusAroundToday(LocalDate due, DeadlineStatus expected) {
        LocalDate certified = due.minusYears(3);
        Story story = new Story().completed("TEACHER-TRAINING", certified.minusYears(1).toString())
                .coTaught(certified.minusMonths(2).toString(), certified.toString())
                .consultations(10, certified.minusYears(1).toString());
        Pathway pathway = evaluate(story);
        assertThat(pathway.certifiedOn()).isEqualTo(certified);
        assertThat(pathway.deadlines()).singleElement().extracting(Pathway.Deadline::status).isEqualTo(expected);
    }

    @Test
    void aMissedRenewalLapsesTheCertification() {
        Pathway pathway = evaluate(new Story().certifiedIn(2020).education("2021-01-01", 10));
        assertThat(pathway.renewal().lapsed()).isTrue();
        assertThat(pathway.renewal().due()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(pathway.level()).isEqualTo(TrainingLevel.TRAINED);
        assertThat(pathway.stages().get(5).state()).isEqualTo(StageState.LAPSED);
        assertThat(pathway.deadlines()).singleElement().extracting(Pathway.Deadline::status)
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void aRenewedCycleStartsTheNextAtItsOriginalDueDate() {
        Story story = new Story().certifiedIn(2023).education("2023-01-01", 12).education("2024-03-01", 8)
                .consultations(4, "2023-06-01");
        Pathway renewedOnce = evaluate(story);
        assertThat(renewedOnce.renewal().startedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(renewedOnce.renewal().due()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(renewedOnce.renewal().lapsed()).isFalse();
        assertThat(renewedOnce.level()).isEqualTo(TrainingLevel.CERTIFIED);
        assertThat(renewedOnce.renewal().ceHours().done()).isZero();
    }

    @Test
    void hoursFromThePreviousCycleDoNotCountTwice() {
        Story story = new Story().certifiedIn(2017).education("2015-06-01", 40).consultations(4, "2015-06-01");
        Pathway pathway = evaluate(story);
        // certified 2016-09-01; the first cycle's hours end 2019-09-01 and nothing followed
        assertThat(pathway.renewal().startedOn()).isEqualTo(LocalDate.of(2016, 9, 1));
        assertThat(pathway.renewal().lapsed()).isTrue();
    }

    @Test
    void aRenewalExtensionLetsLateHoursCount() {
        Story story = new Story().certifiedIn(2023).education("2025-01-01", 12).consultations(4, "2025-02-01")
                .education("2026-10-01", 8)
                .extended(DeadlineKind.RENEWAL, "2025-09-01", "2026-12-31");
        Pathway pathway = evaluate(story);
        assertThat(pathway.renewal().lapsed()).isFalse();
        assertThat(pathway.level()).isEqualTo(TrainingLevel.CERTIFIED);
        // renewed late; the next cycle keeps its schedule but starts with nothing: the late hours were used up
        assertThat(pathway.renewal().startedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(pathway.renewal().ceHours().done()).isZero();
        assertThat(pathway.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.extended()).isFalse();
            assertThat(d.due()).isEqualTo(LocalDate.of(2028, 9, 1));
        });
    }

    @Test
    void aLapseWhileExtendedIsStillALapse() {
        Story story = new Story().certifiedIn(2023).extended(DeadlineKind.RENEWAL, "2025-09-01", "2026-01-31");
        Pathway pathway = evaluate(story);
        assertThat(pathway.renewal().lapsed()).isTrue();
        assertThat(pathway.renewal().due()).isEqualTo(LocalDate.of(2026, 1, 31));
    }
}

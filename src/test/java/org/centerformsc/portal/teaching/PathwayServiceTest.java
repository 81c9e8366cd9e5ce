package org.centerformsc.portal.teaching;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.OutsideCompletion;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.places.Gazetteer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pathway end to end on the real MariaDB: logging, verification, extensions, the staff overview, access. */
@IntegrationTest
class PathwayServiceTest {

    @Autowired
    PathwayService pathway;

    @Autowired
    MemberService members;

    @Autowired
    CompletionService completions;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    TestTeachers teachers;
    LocalDate today;

    @BeforeEach
    void teachers() {
        teachers = new TestTeachers(context);
        today = LocalDate.now(clock);
    }

    @Test
    void aLoggedConsultationCountsOnceStaffVerifyIt() {
        OAuth2AuthenticationToken token = teachers.teacher("Logger");
        MemberId id = teachers.id(token);
        teachers.trained(id, today.minusMonths(6));

        TestLogins.as(token, () -> {
            pathway.logConsultation(today.minusDays(3), "Michelle Becker", "Session on inquiry");
            return null;
        });
        TeacherTraining mine = TestLogins.as(token, pathway::myTraining);
        assertThat(consultations(mine.pathway()).done()).isZero();
        EvidenceItem logged = mine.timeline().get(0);
        assertThat(logged.status()).isEqualTo(EvidenceStatus.LOGGED);
        assertThat(logged.title()).isEqualTo("Michelle Becker");
        assertThat(TestLogins.asStaff(() -> pathway.pendingEvidence(0, 500)))
                .anySatisfy(p -> assertThat(p.id()).isEqualTo(logged.evidenceId()));

        TestLogins.asStaff(() -> {
            pathway.verifyEvidence(logged.evidenceId());
            return null;
        });

        assertThat(consultations(TestLogins.as(token, pathway::myTraining).pathway()).done()).isEqualTo(1);
        assertThat(consultations(TestLogins.as(token, pathway::myTraining).pathway()).toGo()).isEqualTo(9);
        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            pathway.rejectEvidence(logged.evidenceId(), "changed my mind");
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.decided");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheTeacherSees() {
        OAuth2AuthenticationToken token = teachers.teacher("Rejected");
        TestLogins.as(token, () -> {
            pathway.logContinuingEducation(today.minusDays(10), "A weekend of yoga", 600);
            return null;
        });
        long id = TestLogins.as(token, pathway::myTraining).timeline().get(0).evidenceId();

        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            pathway.rejectEvidence(id, "  ");
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.reason");
        TestLogins.asStaff(() -> {
            pathway.rejectEvidence(id, "Not an MSC continuing-education activity");
            return null;
        });

        EvidenceItem item = TestLogins.as(token, pathway::myTraining).timeline().get(0);
        assertThat(item.status()).isEqualTo(EvidenceStatus.REJECTED);
        assertThat(item.rejectionReason()).isEqualTo("Not an MSC continuing-education activity");
    }

    @Test
    void badEntriesAreRefusedAndNothingIsLogged() {
        OAuth2AuthenticationToken token = teachers.teacher("Typo");

        assertRefused(token, () -> pathway.logConsultation(today.plusDays(5), "Mentor", null),
                "training.refused.date");
        assertRefused(token, () -> pathway.logConsultation(null, "Mentor", null), "training.refused.date");
        assertRefused(token, () -> pathway.logConsultation(today, "   ", null), "training.refused.mentor");
        assertRefused(token, () -> pathway.logConsultation(today, "Mentor", "n".repeat(501)),
                "training.refused.note");
        assertRefused(token, () -> pathway.logContinuingEducation(today, "Retreat", 10), "training.refused.hours");
        assertRefused(token, () -> pathway.logContinuingEducation(today, "Retreat", 6001),
                "training.refused.hours");
        assertRefused(token, () -> pathway.logContinuingEducation(today.minusYears(11), "Retreat", 60),
                "training.refused.date");

        assertThat(TestLogins.as(token, pathway::myTraining).timeline()).isEmpty();
        MemberId id = teachers.id(token);
        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            pathway.recordVerified(id, EvidenceKind.CONTINUING_EDUCATION, today, "Summit", 0);
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.hours");
        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            pathway.recordVerified(id, null, today, "Summit", 60);
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.kind");
        assertThat(TestLogins.as(token, pathway::myTraining).timeline()).isEmpty();
    }

    @Test
    void aVerifiedOutsideTrainingMakesATeacherTrained() {
        OAuth2AuthenticationToken token = teachers.teacher("Outside");
        MemberId id = teachers.id(token);
        assertThat(TestLogins.as(token, pathway::myTraining).pathway().level()).isEqualTo(TrainingLevel.IN_TRAINING);

        long claim = TestLogins.as(token, () -> completions.claim(new OutsideCompletion("TEACHER-TRAINING",
                "UCSD Mindfulness-Based Professional Training Institute", today.minusMonths(2), null, null)));
        assertThat(overviewLine(id).level()).isEqualTo(TrainingLevel.IN_TRAINING);
        TestLogins.asStaff(() -> {
            completions.verify(claim);
            return null;
        });

        // the stored standing follows the verification at once, for the staff overview and the directory
        TeacherProgress line = overviewLine(id);
        assertThat(line.level()).isEqualTo(TrainingLevel.TRAINED);
        assertThat(line.stage()).isEqualTo(PathwayStage.SUPERVISED_TEACHING);
        assertThat(line.nextDueOn()).isEqualTo(today.minusMonths(2).plusYears(3));
        assertThat(line.nextDueKind()).isEqualTo(Pathway.DeadlineKind.CERTIFICATION);
    }

    @Test
    void staffExtendAnOverdueDeadlineAndTheOverviewFollows() {
        OAuth2AuthenticationToken token = teachers.teacher("Late");
        MemberId id = teachers.id(token);
        LocalDate training = today.minusYears(3).minusMonths(1);
        teachers.trained(id, training);
        assertThat(overdue()).contains(id);

        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            pathway.grantExtension(id, Pathway.DeadlineKind.CERTIFICATION, today.minusDays(1), "Illness");
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.extension-date");
        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            pathway.grantExtension(id, Pathway.DeadlineKind.RENEWAL, today.plusMonths(3), "Illness");
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.no-deadline");
        TestLogins.asStaff(() -> {
            pathway.grantExtension(id, Pathway.DeadlineKind.CERTIFICATION, today.plusMonths(6), "Illness");
            return null;
        });

        TeacherTraining training1 = TestLogins.asStaff(() -> pathway.trainingOf(id));
        Pathway.Deadline deadline = training1.pathway().nextDeadline().orElseThrow();
        assertThat(deadline.due()).isEqualTo(today.plusMonths(6));
        assertThat(deadline.originalDue()).isEqualTo(training.plusYears(3));
        assertThat(deadline.extended()).isTrue();
        assertThat(training1.extensions()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Illness"));
        assertThat(overdue()).doesNotContain(id);
        assertThat(overviewLine(id).nextDueOn()).isEqualTo(today.plusMonths(6));
    }

    @Test
    void theOverviewFiltersByStage() {
        OAuth2AuthenticationToken certified = teachers.teacher("Certified");
        teachers.certified(teachers.id(certified), today.minusYears(1));
        OAuth2AuthenticationToken newcomer = teachers.teacher("Newcomer");
        TestLogins.as(newcomer, pathway::myTraining);

        List<MemberId> atCertified = TestLogins.asStaff(() -> pathway.overview(PathwayStage.CERTIFIED,
                false, 0, 10_000)).stream().map(TeacherProgress::member).toList();
        assertThat(atCertified).contains(teachers.id(certified)).doesNotContain(teachers.id(newcomer));
        assertThat(TestLogins.asStaff(() -> pathway.countOverview(PathwayStage.COMPLETE_MSC, false)))
                .isPositive();
    }

    @Test
    void teachersSeeOnlyTheirOwnPathwayAndParticipantsNone() {
        OAuth2AuthenticationToken teacher = teachers.teacher("Curious");
        OAuth2AuthenticationToken other = teachers.teacher("Other");
        MemberId otherId = teachers.id(other);
        OAuth2AuthenticationToken participant = TestLogins.signedUp(members, "Pat Participant");

        assertThatThrownBy(() -> TestLogins.as(teacher, () -> pathway.trainingOf(otherId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(teacher, () -> pathway.overview(null, false, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(teacher, () -> {
            pathway.grantExtension(teachers.id(teacher), Pathway.DeadlineKind.CERTIFICATION, today.plusYears(1),
                    "Please");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(participant, pathway::myTraining))
                .isInstanceOf(AccessDeniedException.class);
        // what a teacher logs is always their own
        TestLogins.as(teacher, () -> {
            pathway.logConsultation(today, "Mentor", null);
            return null;
        });
        assertThat(TestLogins.as(other, pathway::myTraining).timeline()).isEmpty();
    }

    @Test
    void aTeacherWithdrawsOnlyTheirOwnUndecidedEvidence() {
        OAuth2AuthenticationToken mine = teachers.teacher("Mine");
        OAuth2AuthenticationToken other = teachers.teacher("Other");
        TestLogins.as(mine, () -> {
            pathway.logConsultation(today.minusDays(2), "Wrong mentor", null);
            pathway.logConsultation(today.minusDays(1), "Right mentor", null);
            return null;
        });
        List<EvidenceItem> logged = TestLogins.as(mine, pathway::myTraining).timeline();
        long wrong = logged.get(1).evidenceId();
        long right = logged.get(0).evidenceId();

        assertThatThrownBy(() -> TestLogins.as(other, () -> {
            pathway.withdrawEvidence(wrong);
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.gone");
        TestLogins.asStaff(() -> {
            pathway.verifyEvidence(right);
            return null;
        });
        assertThatThrownBy(() -> TestLogins.as(mine, () -> {
            pathway.withdrawEvidence(right);
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("training.refused.decided");
        TestLogins.as(mine, () -> {
            pathway.withdrawEvidence(wrong);
            return null;
        });

        assertThat(TestLogins.as(mine, pathway::myTraining).timeline()).extracting(EvidenceItem::title)
                .containsExactly("Right mentor");
    }

    @Test
    void staffLookingAtAParticipantDoNotMakeThemATeacher() {
        OAuth2AuthenticationToken participant = TestLogins.signedUp(members, "Pia Participant");
        MemberId id = TestLogins.as(participant, members::currentMemberId);

        assertThat(TestLogins.asStaff(() -> pathway.trainingOf(id)).pathway().level())
                .isEqualTo(TrainingLevel.IN_TRAINING);

        assertThat(TestLogins.asStaff(() -> pathway.overview(null, false, 0, 100_000)))
                .noneSatisfy(p -> assertThat(p.member()).isEqualTo(id));
    }

    private List<MemberId> overdue() {
        return TestLogins.asStaff(() -> pathway.overview(null, true, 0, 10_000)).stream()
                .map(TeacherProgress::member).toList();
    }

    private TeacherProgress overviewLine(MemberId id) {
        return TestLogins.asStaff(() -> pathway.overview(null, false, 0, 100_000)).stream()
                .filter(p -> p.member().equals(id)).findFirst().orElseThrow();
    }

    private static Pathway.Requirement consultations(Pathway pathway) {
        return pathway.stages().stream().filter(s -> s.stage() == PathwayStage.SUPERVISED_TEACHING).findFirst()
                .orElseThrow().requirements().stream().filter(r -> r.key().equals("consultations")).findFirst()
                .orElseThrow();
    }

    private static void assertRefused(OAuth2AuthenticationToken token, Runnable action, String key) {
        assertThatThrownBy(() -> TestLogins.as(token, () -> {
            action.run();
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage(key);
    }
}

package org.centerformsc.portal.teaching;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberRecorded;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ins and the nightly run keep teachers' standing and listing true to their records and roles. */
@IntegrationTest
class StandingUpdatesTest {

    @Autowired
    StandingUpdates updates;

    @Autowired
    PathwayService pathway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    DirectoryService directory;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aSignInWithoutTheTeacherRoleTakesAFormerTeacherOutOfTheDirectory() {
        TestTeachers teachers = new TestTeachers(context);
        var token = teachers.teacher("Former");
        MemberId former = teachers.id(token);
        teachers.save(token, teachers.publicEntry(token, "Utrecht", "nl"));
        assertThat(directory.publicProfile(former)).isPresent();

        events.publishEvent(new MemberRecorded(former, Set.of(Roles.TEACHER)));
        assertThat(directory.publicProfile(former)).isPresent();
        events.publishEvent(new MemberRecorded(former, Set.of(Roles.PARTICIPANT)));

        assertThat(directory.publicProfile(former)).isEmpty();
    }

    @Test
    void theNightlyRunRecomputesEveryTrackedTeacher() {
        TestTeachers teachers = new TestTeachers(context);
        MemberId trained = teachers.id(teachers.teacher("Nightly"));
        teachers.trained(trained, LocalDate.now(clock).minusYears(1));
        // as if the records had changed behind the standing's back (or the date had moved a deadline)
        jdbc.update("UPDATE teacher_standing SET training_level = 'TRAINER', stage = 'CERTIFIED', next_due_on = NULL "
                + "WHERE member_id = ?", trained.value());

        updates.nightly();

        TeacherProgress line = TestLogins.asStaff(() -> pathway.overview(null, false, 0, 100_000))
                .stream().filter(p -> p.member().equals(trained)).findFirst().orElseThrow();
        assertThat(line.level()).isEqualTo(TrainingLevel.TRAINED);
        assertThat(line.stage()).isEqualTo(PathwayStage.SUPERVISED_TEACHING);
        assertThat(line.nextDueOn()).isEqualTo(LocalDate.now(clock).minusYears(1).plusYears(3));
    }
}

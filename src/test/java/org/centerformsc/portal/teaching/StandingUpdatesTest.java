package org.centerformsc.portal.teaching;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored standing is a cache of the engine's answer: the nightly run puts any stale one right. */
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

    @Test
    void theNightlyRunRecomputesEveryTrackedTeacher() {
        TestTeachers teachers = new TestTeachers(context);
        MemberId trained = teachers.id(teachers.teacher("Nightly"));
        teachers.trained(trained, LocalDate.now(clock).minusYears(1));
        // as if the records had changed behind the standing's back (or the date had moved a deadline)
        jdbc.update("UPDATE teacher_standing SET training_level = 'TRAINER', stage = 'CERTIFIED', next_due_on = NULL "
                + "WHERE member_id = ?", trained.value());

        updates.nightly();

        TeacherProgress line = SystemAuthentication.asStaff(() -> pathway.overview(null, false, 0, 100_000))
                .stream().filter(p -> p.member().equals(trained)).findFirst().orElseThrow();
        assertThat(line.level()).isEqualTo(TrainingLevel.TRAINED);
        assertThat(line.stage()).isEqualTo(PathwayStage.SUPERVISED_TEACHING);
        assertThat(line.nextDueOn()).isEqualTo(LocalDate.now(clock).minusYears(1).plusYears(3));
    }
}

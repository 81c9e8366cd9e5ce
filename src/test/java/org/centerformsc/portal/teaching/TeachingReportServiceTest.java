package org.centerformsc.portal.teaching;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.ReportRows;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.base.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TeachingReportServiceTest {

    /** Far ahead, where no other test's deadline falls. */
    static final ReportPeriod YEAR_2040 = new ReportPeriod(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 12, 31),
            ZoneOffset.UTC);

    @Autowired
    TeachingReportService reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTeachersPerStageWithDeadlinesInThePeriodAndOverdue() {
        ReportRows rows = new ReportRows(jdbc);
        Map<PathwayStage, StageCount> before = byStage(TestLogins.asStaff(() -> reports.teachersPerStage(YEAR_2040)));
        rows.teacherStanding("TEACHER_TRAINING", LocalDate.of(2040, 1, 1));
        rows.teacherStanding("TEACHER_TRAINING", LocalDate.of(2040, 12, 31));
        rows.teacherStanding("TEACHER_TRAINING", LocalDate.of(2041, 1, 1));
        rows.teacherStanding("TEACHER_TRAINING", LocalDate.of(2001, 5, 5));
        rows.teacherStanding("SUPERVISED_TEACHING", null);

        List<StageCount> after = TestLogins.asStaff(() -> reports.teachersPerStage(YEAR_2040));

        assertThat(after).extracting(StageCount::stage).isSorted();
        StageCount training = byStage(after).get(PathwayStage.TEACHER_TRAINING);
        StageCount trainingBefore = before.getOrDefault(PathwayStage.TEACHER_TRAINING,
                new StageCount(PathwayStage.TEACHER_TRAINING, 0, 0, 0));
        assertThat(training.teachers() - trainingBefore.teachers()).isEqualTo(4);
        assertThat(training.dueInPeriod() - trainingBefore.dueInPeriod()).isEqualTo(2);
        assertThat(training.overdue() - trainingBefore.overdue()).isEqualTo(1);
        StageCount supervised = byStage(after).get(PathwayStage.SUPERVISED_TEACHING);
        long supervisedBefore = before.containsKey(PathwayStage.SUPERVISED_TEACHING)
                ? before.get(PathwayStage.SUPERVISED_TEACHING).teachers() : 0;
        assertThat(supervised.teachers() - supervisedBefore).isEqualTo(1);
    }

    private static Map<PathwayStage, StageCount> byStage(List<StageCount> counts) {
        return counts.stream().collect(Collectors.toMap(StageCount::stage, Function.identity()));
    }
}

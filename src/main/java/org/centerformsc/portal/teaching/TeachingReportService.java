package org.centerformsc.portal.teaching;

import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Staff reports on the teacher pathway, computed by the database from the standings (docs/decisions/023). */
@Service
public class TeachingReportService {

    private final JdbcClient jdbc;
    private final Clock clock;

    TeachingReportService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Teachers per stage as they stand now, in pathway order, with how many have their next deadline in the
     * period and how many are overdue today (the same "overdue" as the training overview).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<StageCount> teachersPerStage(ReportPeriod period) {
        return jdbc.sql("""
                        SELECT stage, COUNT(*) AS teachers,
                               COALESCE(SUM(next_due_on BETWEEN :from AND :to), 0) AS due,
                               COALESCE(SUM(next_due_on < :today), 0) AS overdue
                        FROM teacher_standing
                        GROUP BY stage""")
                .param("from", period.from())
                .param("to", period.to())
                .param("today", LocalDate.now(clock))
                .query((rs, i) -> new StageCount(PathwayStage.valueOf(rs.getString("stage")), rs.getLong("teachers"),
                        rs.getLong("due"), rs.getLong("overdue")))
                .list().stream()
                .sorted((a, b) -> a.stage().compareTo(b.stage()))
                .toList();
    }
}

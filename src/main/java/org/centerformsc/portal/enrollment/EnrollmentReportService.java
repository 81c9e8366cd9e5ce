package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.List;

/**
 * Staff reports on enrollment, each one GROUP BY statement (docs/decisions/023). They read the catalog's offering
 * and program tables beside enrollments: a report's figures are one statement or they are not fast.
 */
@Service
public class EnrollmentReportService {

    private final JdbcClient jdbc;

    EnrollmentReportService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Places confirmed in the period (also those withdrawn since), per program and month. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<ProgramMonthCount> enrollmentsPerProgramAndMonth(ReportPeriod period) {
        // counted per offering first (from the index alone), then the few thousand groups joined to their program
        return jdbc.sql("""
                        SELECT p.code, counted.month, SUM(counted.enrollments) AS enrollments
                        FROM (SELECT offering_id,
                                     DATE_FORMAT(confirmed_at + INTERVAL :offset MINUTE, '%Y-%m') AS month,
                                     COUNT(*) AS enrollments
                              FROM enrollment
                              WHERE confirmed_at >= :start AND confirmed_at < :end
                              GROUP BY offering_id, month) counted
                        JOIN offering o ON o.id = counted.offering_id
                        JOIN program p ON p.id = o.program_id
                        GROUP BY p.code, counted.month
                        ORDER BY counted.month, p.code""")
                .param("offset", period.offsetMinutes())
                .param("start", period.startUtc())
                .param("end", period.endUtc())
                .query((rs, i) -> new ProgramMonthCount(rs.getString("code"), YearMonth.parse(rs.getString("month")),
                        rs.getLong("enrollments")))
                .list();
    }

    /**
     * The fullest offerings (with a seat limit, published or completed) whose first session falls in the period:
     * by share of seats taken, then by waitlist length; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<OfferingFill> fullestOfferings(ReportPeriod period, int limit) {
        return jdbc.sql("""
                        SELECT o.code, o.title, o.capacity,
                               COALESCE(SUM(e.status IN ('ENROLLED', 'HELD')), 0) AS taken,
                               COALESCE(SUM(e.status = 'WAITLISTED'), 0) AS waitlisted
                        FROM offering o
                        LEFT JOIN enrollment e ON e.offering_id = o.id AND e.status IN ('ENROLLED', 'HELD', 'WAITLISTED')
                        WHERE o.capacity IS NOT NULL AND o.status IN ('PUBLISHED', 'COMPLETED')
                          AND o.first_session_at >= :start AND o.first_session_at < :end
                        GROUP BY o.id, o.code, o.title, o.capacity
                        ORDER BY COALESCE(SUM(e.status IN ('ENROLLED', 'HELD')), 0) / o.capacity DESC,
                                 COALESCE(SUM(e.status = 'WAITLISTED'), 0) DESC, o.code
                        LIMIT :limit""")
                .param("start", period.startUtc())
                .param("end", period.endUtc())
                .param("limit", limit)
                .query((rs, i) -> new OfferingFill(rs.getString("code"), rs.getString("title"), rs.getInt("capacity"),
                        rs.getLong("taken"), rs.getLong("waitlisted")))
                .list();
    }
}

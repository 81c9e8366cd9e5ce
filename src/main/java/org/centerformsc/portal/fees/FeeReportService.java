package org.centerformsc.portal.fees;

import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Staff reports on course fees, computed by the database (docs/decisions/023). */
@Service
public class FeeReportService {

    private final JdbcClient jdbc;

    FeeReportService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per currency, never added across currencies: fees paid in the period and refunds made in it (a refund counts
     * in the period it was made, whenever the fee was paid).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<CourseRevenueLine> revenueAndRefunds(ReportPeriod period) {
        return jdbc.sql("""
                        SELECT currency, SUM(paid) AS payments, SUM(paid_minor) AS paid_minor,
                               SUM(refunds) AS refunds, SUM(refunded_minor) AS refunded_minor
                        FROM (SELECT currency, COUNT(*) AS paid, SUM(amount_minor) AS paid_minor,
                                     0 AS refunds, 0 AS refunded_minor
                              FROM course_payment
                              WHERE paid_at >= :start AND paid_at < :end
                              GROUP BY currency
                              UNION ALL
                              SELECT currency, 0, 0, COUNT(*), SUM(refunded_minor)
                              FROM course_payment
                              WHERE refunded_at >= :start AND refunded_at < :end AND refunded_minor > 0
                              GROUP BY currency) totals
                        GROUP BY currency
                        ORDER BY currency""")
                .param("start", period.startUtc())
                .param("end", period.endUtc())
                .query((rs, i) -> new CourseRevenueLine(rs.getString("currency"), rs.getLong("payments"),
                        rs.getLong("paid_minor"), rs.getLong("refunds"), rs.getLong("refunded_minor")))
                .list();
    }
}

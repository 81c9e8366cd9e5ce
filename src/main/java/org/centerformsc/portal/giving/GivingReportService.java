package org.centerformsc.portal.giving;

import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff reports on giving, each one GROUP BY statement; amounts stay per currency, never added across currencies
 * (docs/decisions/023).
 */
@Service
public class GivingReportService {

    /** The order staff read the states in: from giving to no longer giving. */
    private static final List<SubscriptionState.Status> STATES = List.of(SubscriptionState.Status.ACTIVE,
            SubscriptionState.Status.PAUSED, SubscriptionState.Status.LAPSED, SubscriptionState.Status.CANCELLED);

    private final JdbcClient jdbc;

    GivingReportService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gifts given in the period per month (in the period's zone) and currency. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<GiftMonthTotal> giftsPerMonth(ReportPeriod period) {
        return jdbc.sql("""
                        SELECT DATE_FORMAT(given_at + INTERVAL :offset MINUTE, '%Y-%m') AS month, currency,
                               COUNT(*) AS gifts, SUM(amount_minor) AS minor_units
                        FROM gift
                        WHERE given_at >= :start AND given_at < :end
                        GROUP BY month, currency
                        ORDER BY month, currency""")
                .param("offset", period.offsetMinutes())
                .param("start", period.startUtc())
                .param("end", period.endUtc())
                .query((rs, i) -> new GiftMonthTotal(YearMonth.parse(rs.getString("month")), rs.getString("currency"),
                        rs.getLong("gifts"), rs.getLong("minor_units")))
                .list();
    }

    /** Gifts given in the period per designation (its enum name) and currency. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<GiftGroupTotal> giftsPerDesignation(ReportPeriod period) {
        return jdbc.sql("""
                        SELECT designation, currency, COUNT(*) AS gifts, SUM(amount_minor) AS minor_units
                        FROM gift
                        WHERE given_at >= :start AND given_at < :end
                        GROUP BY designation, currency
                        ORDER BY designation, currency""")
                .param("start", period.startUtc())
                .param("end", period.endUtc())
                .query((rs, i) -> new GiftGroupTotal(rs.getString("designation"), rs.getString("designation"),
                        rs.getString("currency"), rs.getLong("gifts"), rs.getLong("minor_units")))
                .list();
    }

    /** Gifts given in the period to a campaign, per campaign (code and name) and currency. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<GiftGroupTotal> giftsPerCampaign(ReportPeriod period) {
        return jdbc.sql("""
                        SELECT g.campaign, c.name, g.currency, COUNT(*) AS gifts, SUM(g.amount_minor) AS minor_units
                        FROM gift g
                        JOIN campaign c ON c.code = g.campaign
                        WHERE g.given_at >= :start AND g.given_at < :end
                        GROUP BY g.campaign, c.name, g.currency
                        ORDER BY c.name, g.campaign, g.currency""")
                .param("start", period.startUtc())
                .param("end", period.endUtc())
                .query((rs, i) -> new GiftGroupTotal(rs.getString("campaign"), rs.getString("name"),
                        rs.getString("currency"), rs.getLong("gifts"), rs.getLong("minor_units")))
                .list();
    }

    /**
     * Recurring gifts set up in the period, by the state they are in now (active, paused, lapsed, cancelled), with
     * the number of donors holding them; every state is listed, also with none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<RecurringDonorCount> recurringDonors(ReportPeriod period) {
        Map<String, RecurringDonorCount> counted = jdbc.sql("""
                        SELECT status, COUNT(*) AS recurring_gifts, COUNT(DISTINCT member_id) AS donors
                        FROM recurring_gift
                        WHERE created_at >= :start AND created_at < :end
                        GROUP BY status""")
                .param("start", period.startUtc())
                .param("end", period.endUtc())
                .query((rs, i) -> new RecurringDonorCount(SubscriptionState.Status.valueOf(rs.getString("status")),
                        rs.getLong("recurring_gifts"), rs.getLong("donors")))
                .list().stream()
                .collect(Collectors.toMap(count -> count.status().name(), Function.identity()));
        return STATES.stream()
                .map(status -> counted.getOrDefault(status.name(), new RecurringDonorCount(status, 0, 0)))
                .toList();
    }
}

package org.centerformsc.portal.replay.domain;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.replay.ReplayId;
import org.centerformsc.portal.replay.ReplaySettings;
import org.centerformsc.portal.replay.WatchWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members' windows to watch replays, computed in the database for many members at once, with the same rules
 * {@link ReplayAccessRules} applies to one member per request (docs/decisions/007): the latest end of the
 * enrollment window (the offering's last session end plus the registrant or course days) and of the qualifying
 * gifts to the replay's campaign (a year each). Staff, who may always watch, are not among them: roles are not
 * stored. Reads enrollments, sessions and gifts by their columns because one statement must cover every member.
 */
@Repository
public class WatchWindows {

    private static final String ENROLLED_UNTIL = """
            DATE_ADD(o.last_session_at, INTERVAL (CASE WHEN (SELECT COUNT(*) FROM offering_session s
                WHERE s.offering_id = o.id) <= 1 THEN :registrantDays ELSE :courseDays END) DAY)""";
    private static final String GIFT_UNTIL = "DATE_ADD(g.given_at, INTERVAL 1 YEAR)";
    private static final String QUALIFYING_GIFT = """
            g.member_id IS NOT NULL AND g.amount_minor >= :giftMinor AND g.currency IN (:currencies)""";

    /** Every window of the replays and members the two conditions keep, one row per replay and member. */
    private static final String WINDOWS = """
            SELECT x.replay_id, x.member_id, MAX(x.until) AS until FROM (
                SELECT r.id AS replay_id, e.member_id, %1$s AS until
                FROM replay r JOIN offering o ON o.id = r.offering_id
                     JOIN enrollment e ON e.offering_id = o.id AND e.status = 'ENROLLED'
                WHERE r.published AND %3$s
                UNION ALL
                SELECT r.id, g.member_id, MAX(%2$s)
                FROM replay r JOIN gift g ON g.campaign = r.campaign
                WHERE r.published AND %4$s AND %5$s
                GROUP BY r.id, g.member_id
            ) x GROUP BY x.replay_id, x.member_id""";

    private final JdbcClient jdbc;
    private final Map<String, Object> rules = new HashMap<>();

    WatchWindows(JdbcClient jdbc, ReplaySettings settings) {
        this.jdbc = jdbc;
        rules.put("registrantDays", settings.registrantDays());
        rules.put("courseDays", settings.courseDays());
        rules.put("giftMinor", settings.giftMinor());
        rules.put("currencies", ReplayAccessRules.currenciesWithCents());
    }

    /** Members whose window to watch this replay is open at {@code now}. */
    public List<WatchWindow> openAt(ReplayId replay, Instant now) {
        String windows = WINDOWS.formatted(ENROLLED_UNTIL, GIFT_UNTIL, "r.id = :replay", QUALIFYING_GIFT,
                "r.id = :replay");
        return jdbc.sql("""
                        SELECT w.replay_id, r.title, w.member_id, w.until FROM (%s) w
                        JOIN replay r ON r.id = w.replay_id
                        WHERE w.until > :now ORDER BY w.member_id""".formatted(windows))
                .params(rules).param("replay", replay.value()).param("now", utc(now))
                .query(WatchWindows::window).list();
    }

    /**
     * Members whose window to watch a replay ends in ({@code after}, {@code until}]. Only enrollments and gifts
     * whose own window ends then are candidates (a range the indexes can use, a day wider for leap years); a
     * candidate whose other window ends later is dropped.
     */
    public List<WatchWindow> endingBetween(Instant after, Instant until) {
        int shortest = Math.min((Integer) rules.get("registrantDays"), (Integer) rules.get("courseDays"));
        int longest = Math.max((Integer) rules.get("registrantDays"), (Integer) rules.get("courseDays"));
        String windows = WINDOWS.formatted(ENROLLED_UNTIL, GIFT_UNTIL,
                "o.last_session_at > :sessionsAfter AND o.last_session_at <= :sessionsUntil", QUALIFYING_GIFT,
                "g.given_at > :giftsAfter AND g.given_at <= :giftsUntil");
        return jdbc.sql("""
                        SELECT w.replay_id, r.title, w.member_id, w.until FROM (%s) w
                        JOIN replay r ON r.id = w.replay_id
                        WHERE w.until > :after AND w.until <= :until
                          AND NOT EXISTS (SELECT 1 FROM gift g WHERE g.campaign = r.campaign
                              AND g.member_id = w.member_id AND %s AND %s > w.until)
                          AND NOT EXISTS (SELECT 1 FROM offering o JOIN enrollment e ON e.offering_id = o.id
                              WHERE o.id = r.offering_id AND e.member_id = w.member_id AND e.status = 'ENROLLED'
                                AND %s > w.until)
                        ORDER BY w.replay_id, w.member_id""".formatted(windows, QUALIFYING_GIFT, GIFT_UNTIL,
                        ENROLLED_UNTIL))
                .params(rules)
                .param("after", utc(after)).param("until", utc(until))
                .param("sessionsAfter", utc(after.minus(Duration.ofDays(longest))))
                .param("sessionsUntil", utc(until.minus(Duration.ofDays(shortest))))
                .param("giftsAfter", utc(after).minusYears(1).minusDays(1))
                .param("giftsUntil", utc(until).minusYears(1).plusDays(1))
                .query(WatchWindows::window).list();
    }

    private static WatchWindow window(ResultSet rs, int row) throws SQLException {
        return new WatchWindow(new ReplayId(rs.getLong("replay_id")), rs.getString("title"),
                new MemberId(rs.getLong("member_id")),
                rs.getObject("until", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    /** Instants are stored as UTC wall times (V001), whatever the JVM's zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package org.centerformsc.portal.replay.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Every published replay with what decides one member's access to it, in one statement (docs/decisions/025): how
 * far they watched, the end and length of the course behind it if they hold a seat in it, and their gifts to the
 * replays' campaigns. {@link ReplayAccessRules} then decides in Java, as for a single replay. Reads the enrollment,
 * catalog and gift tables by their columns (read only) because one statement must cover them.
 */
@Repository
public class MyReplaysQuery {

    private static final String FACTS = """
            SELECT 'replay' AS kind, r.id, r.title, r.recorded_at, r.duration_seconds, r.campaign,
                   wp.position_seconds, wp.updated_at, o.last_session_at,
                   (SELECT COUNT(*) FROM offering_session s WHERE s.offering_id = o.id) AS sessions,
                   CAST(NULL AS SIGNED) AS amount_minor, NULL AS currency,
                   CAST(NULL AS DATETIME(6)) AS given_at
              FROM replay r
              LEFT JOIN watch_position wp ON wp.replay_id = r.id AND wp.member_id = :member
              LEFT JOIN offering o ON o.id = r.offering_id AND EXISTS (SELECT 1 FROM enrollment e
                   WHERE e.offering_id = o.id AND e.member_id = :member AND e.status = 'ENROLLED')
             WHERE r.published
            UNION ALL
            SELECT 'gift', NULL, NULL, NULL, NULL, g.campaign, NULL, NULL, NULL, NULL,
                   g.amount_minor, g.currency, g.given_at
              FROM gift g
             WHERE g.member_id = :member AND g.amount_minor >= :minimum
               AND g.campaign IN (SELECT campaign FROM replay WHERE published AND campaign IS NOT NULL)""";

    private final JdbcClient jdbc;

    MyReplaysQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published replays newest first, and the member's gifts of at least {@code minimumMinor} to their campaigns. */
    public Result read(long member, long minimumMinor) {
        List<Row> replays = new ArrayList<>();
        List<Gift> gifts = new ArrayList<>();
        jdbc.sql(FACTS).param("member", member).param("minimum", minimumMinor).query(rs -> {
            if (rs.getString("kind").equals("gift")) {
                gifts.add(new Gift(rs.getString("campaign"), new ReplayAccessRules.CampaignGift(
                        rs.getLong("amount_minor"), rs.getString("currency"), instant(rs, "given_at"))));
            } else {
                replays.add(new Row(rs.getLong("id"), rs.getString("title"), instant(rs, "recorded_at"),
                        rs.getInt("duration_seconds"), rs.getString("campaign"), rs.getInt("position_seconds"),
                        instant(rs, "updated_at"), instant(rs, "last_session_at"), rs.getInt("sessions")));
            }
        });
        replays.sort((a, b) -> b.recordedAt().compareTo(a.recordedAt()));
        return new Result(replays, gifts);
    }

    /** Instants are stored as UTC wall times (V001). */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** A replay; {@code updatedAt} null when never opened, {@code enrolledCourseEnd} null without a seat. */
    public record Row(long id, String title, Instant recordedAt, int durationSeconds, String campaign,
                      int positionSeconds, Instant updatedAt, Instant enrolledCourseEnd, int courseSessions) {
    }

    public record Gift(String campaign, ReplayAccessRules.CampaignGift gift) {
    }

    public record Result(List<Row> replays, List<Gift> gifts) {
    }
}

package org.centerformsc.portal.development.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bell's inbox and the e-mail outbox for the year before the data set's day, as the portal writes them
 * (docs/decisions/020): a message for each place taken, waitlisted or given up and for each gift's receipt, with
 * the arguments the texts read (see {@code Notifications}: typed values start with the control character 31).
 * Sent by e-mail when older than the last hour before the data set's day, still pending after it; read after a
 * day or two unless it is recent or one in three of the older ones. One member in twenty has turned off the
 * e-mails of reminders.
 */
final class NotificationRows {

    private static final String SINCE = "TIMESTAMP'2025-12-01 00:00:00'";
    private static final String MARK = "CHAR(31 USING utf8mb4)";

    private NotificationRows() {
    }

    static void inbox(JdbcTemplate jdbc) {
        insert(jdbc, """
                SELECT e.member_id, 'ENROLLMENT_CONFIRMED' AS kind,
                       JSON_ARRAY(o.title, CONCAT(%s, 'instant:', DATE_FORMAT(o.first_session_at, '%%Y-%%m-%%dT%%H:%%i:%%sZ')))
                           AS params,
                       CONCAT('courses/', o.code) AS link, CONCAT('offering:', o.id) AS about,
                       CONCAT('ds-enrolled-', e.id) AS dedup_key, e.confirmed_at AS created_at, e.id AS row_key
                FROM enrollment e JOIN offering o ON o.id = e.offering_id
                WHERE e.confirmed_at >= %s AND e.status IN ('ENROLLED', 'WITHDRAWN')""".formatted(MARK, SINCE));
        insert(jdbc, """
                SELECT member_id, 'WAITLISTED' AS kind, JSON_ARRAY(title, CAST(position AS CHAR)) AS params,
                       CONCAT('courses/', code) AS link, NULL AS about, CONCAT('ds-waitlisted-', id) AS dedup_key,
                       requested_at AS created_at, id AS row_key
                FROM (SELECT e.id, e.member_id, e.requested_at, o.title, o.code,
                             ROW_NUMBER() OVER (PARTITION BY e.offering_id ORDER BY e.waitlist_rank) AS position
                      FROM enrollment e JOIN offering o ON o.id = e.offering_id
                      WHERE e.status = 'WAITLISTED') line
                WHERE requested_at >= %s""".formatted(SINCE));
        insert(jdbc, """
                SELECT e.member_id, 'WITHDRAWN' AS kind, JSON_ARRAY(o.title) AS params, CONCAT('courses/', o.code) AS link,
                       NULL AS about, CONCAT('ds-withdrawn-', e.id) AS dedup_key, e.withdrawn_at AS created_at,
                       e.id AS row_key
                FROM enrollment e JOIN offering o ON o.id = e.offering_id
                WHERE e.status = 'WITHDRAWN' AND e.withdrawn_at >= %s""".formatted(SINCE));
        insert(jdbc, """
                SELECT member_id, 'GIFT_RECEIPT' AS kind,
                       JSON_ARRAY(CONCAT(%s, 'money:', amount_minor, ' ', currency)) AS params, 'giving' AS link,
                       CONCAT('gift:', id) AS about, CONCAT('ds-gift-receipt-', id) AS dedup_key,
                       given_at AS created_at, id AS row_key
                FROM gift WHERE given_at >= %s AND member_id IS NOT NULL""".formatted(MARK, SINCE));
    }

    /** One member in twenty wants no reminder e-mails (the bell still shows them). */
    static void preferences(JdbcTemplate jdbc, DataSetShape shape, long memberBase) {
        jdbc.update("""
                INSERT INTO notification_preference (member_id, kind, email)
                SELECT %d + seq, kind, FALSE
                FROM seq_1_to_%d JOIN (SELECT 'SESSION_REMINDER' AS kind UNION ALL SELECT 'PRACTICE_REMINDER') k
                WHERE MOD(seq, 20) = 7
                ORDER BY seq, kind""".formatted(memberBase, shape.members()));
    }

    /** {@code select} names member_id, kind, params, link, about, dedup_key, created_at and row_key. */
    private static void insert(JdbcTemplate jdbc, String select) {
        jdbc.update("""
                INSERT INTO notification (member_id, kind, params, link, about, dedup_key, created_at, read_at,
                                          email_status, attempts, next_attempt_at, sent_at)
                SELECT member_id, kind, params, link, about, dedup_key, created_at,
                       IF(created_at < TIMESTAMP'2026-11-17 00:00:00' AND MOD(row_key, 3) > 0,
                          created_at + INTERVAL (1 + MOD(row_key, 47)) HOUR, NULL),
                       IF(pending, 'PENDING', 'SENT'), IF(pending, 0, 1), created_at,
                       IF(pending, NULL, created_at + INTERVAL 1 MINUTE)
                FROM (SELECT m.*, m.created_at >= TIMESTAMP'2026-11-30 23:00:00' AS pending
                      FROM (%s) m) n
                ORDER BY created_at, dedup_key""".formatted(select));
    }
}

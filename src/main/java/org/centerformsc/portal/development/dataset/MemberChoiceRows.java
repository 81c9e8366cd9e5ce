package org.centerformsc.portal.development.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What some members set up or were granted: a calendar feed (one member in ten subscribed their calendar) and a
 * staff override of a prerequisite (one member in five hundred, for the silent retreat or teacher training).
 */
final class MemberChoiceRows {

    private MemberChoiceRows() {
    }

    static void calendarFeeds(JdbcTemplate jdbc, DataSetShape shape, long memberBase) {
        jdbc.update("""
                INSERT INTO calendar_feed (member_id, token, created_at)
                SELECT %d + seq, SHA2(CONCAT('dataset-feed:', seq), 256),
                       TIMESTAMP'2024-01-01 00:00:00' + INTERVAL MOD(seq * 7919, 1000) DAY
                FROM seq_1_to_%d WHERE MOD(seq, 10) = 3""".formatted(memberBase, shape.members()));
    }

    static void eligibilityOverrides(JdbcTemplate jdbc, DataSetShape shape, long memberBase) {
        jdbc.update("""
                INSERT INTO eligibility_override (program_code, member_id, reason, granted_at, granted_by)
                SELECT IF(MOD(seq, 1000) = 11, 'TEACHER-TRAINING', 'SILENT-RETREAT'), %d + seq,
                       'Equivalent training elsewhere, checked by phone',
                       TIMESTAMP'2025-01-01 00:00:00' + INTERVAL MOD(seq * 7919, 600) DAY, 'Member services'
                FROM seq_1_to_%d WHERE MOD(seq, 500) = 11""".formatted(memberBase, shape.members()));
    }
}

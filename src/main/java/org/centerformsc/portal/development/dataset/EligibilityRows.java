package org.centerformsc.portal.development.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Completions beyond the teachers' own (teachers marking course participants complete, and members' claims of
 * courses taken elsewhere) with their audit trail, and the practice log.
 */
final class EligibilityRows {

    private static final String AS_OF = "TIMESTAMP'2026-12-01 00:00:00'";

    private EligibilityRows() {
    }

    /**
     * {@code count} completions of past courses, one per member and program, picked by hash among the enrolled;
     * one in ten is a claim instead (of a course elsewhere: no offering), which staff verified, rejected or not yet
     * decided. Teachers' completions are already there, so teachers are left out.
     */
    static void completions(JdbcTemplate jdbc, DataSetShape shape, long memberBase, long count) {
        jdbc.update("""
                INSERT INTO completion (member_id, program_code, offering_id, completed_on, source, status,
                                        organisation, rejection_reason, created_at, created_by)
                SELECT member_id, program_code, IF(claim, NULL, offering_id), completed_on,
                       IF(claim, 'CLAIM', 'TEACHER'), IF(claim, claim_status, 'VERIFIED'),
                       IF(claim, 'MSC course with another organisation', NULL),
                       IF(claim AND claim_status = 'REJECTED', 'The certificate does not name the course.', NULL),
                       completed_on + INTERVAL IF(claim, 30, 2) DAY + INTERVAL 17 HOUR,
                       IF(claim, display_name, COALESCE(teacher_name, 'Member services'))
                FROM (SELECT e.member_id, p.code AS program_code, e.offering_id,
                             DATE(o.last_session_at) AS completed_on,
                             m.display_name, t.teacher_name, %s = 0 AS claim, %s AS claim_status
                      FROM (SELECT MIN(e.id) AS id FROM enrollment e JOIN offering o ON o.id = e.offering_id
                            JOIN program p ON p.id = o.program_id
                            WHERE e.member_id BETWEEN %d AND %d AND MOD(e.member_id - %d, %d) <> 0
                              AND e.status = 'ENROLLED' AND o.last_session_at < %s
                              AND p.code NOT IN ('CIRCLES', 'IWD-RETREAT')
                            GROUP BY e.member_id, o.program_id) firsts
                      JOIN (SELECT id, member_id, offering_id, %s FROM enrollment) e ON e.id = firsts.id
                      JOIN offering o ON o.id = e.offering_id JOIN program p ON p.id = o.program_id
                      JOIN member m ON m.id = e.member_id
                      LEFT JOIN offering_teacher t ON t.offering_id = o.id AND t.position = 0
                      ORDER BY e.h, e.id LIMIT %d) picked
                """.formatted(Hash.mod(0, 10), Hash.oneOf(1, List.of("VERIFIED", "VERIFIED", "VERIFIED",
                        "VERIFIED", "VERIFIED", "VERIFIED", "PENDING", "PENDING", "PENDING", "REJECTED")),
                memberBase + 1, memberBase + shape.members(), memberBase, shape.teacherStride(), AS_OF,
                Hash.of("completion", "id"), count));
    }

    /** Each completion's creation (claims start pending), and for decided claims the decision three days later. */
    static void audit(JdbcTemplate jdbc, long completionBase) {
        String fields = """
                ', program=', program_code, ', completedOn=', completed_on, ', source=', source,
                COALESCE(CONCAT(', organisation=', organisation), '')""";
        jdbc.update("""
                INSERT INTO completion_audit (completion_id, changed_at, changed_by, before_state, after_state)
                SELECT id, created_at, created_by, NULL,
                       CONCAT('status=', IF(source = 'CLAIM', 'PENDING', status), %s)
                FROM completion WHERE id > %d ORDER BY id""".formatted(fields, completionBase));
        jdbc.update("""
                INSERT INTO completion_audit (completion_id, changed_at, changed_by, before_state, after_state)
                SELECT id, created_at + INTERVAL 3 DAY, 'Member services', CONCAT('status=PENDING', %1$s),
                       CONCAT('status=', status, %1$s, COALESCE(CONCAT(', reason=', rejection_reason), ''))
                FROM completion WHERE id > %2$d AND source = 'CLAIM' AND status <> 'PENDING' ORDER BY id
                """.formatted(fields, completionBase));
    }

    /**
     * The practice log: a fifth of the members practise, each on days a fixed 1 to 3 days apart counting back from
     * the data set's day, so no member logs a day twice. Entry {@code seq} is practitioner {@code seq mod p}'s
     * {@code seq div p}th day.
     */
    static void practice(JdbcTemplate jdbc, DataSetShape shape, long memberBase, long step) {
        int practitioners = shape.members() / 5;
        jdbc.update("""
                INSERT INTO practice_entry (member_id, practiced_on, minutes, practice, note, created_at)
                SELECT member_id, day, ELT(1 + MOD(%s + nth * 3, 7), 5, 10, 15, 20, 30, 45, 60),
                       ELT(1 + MOD(%s + nth, 7), 'Affectionate breathing', 'Loving-kindness meditation',
                           'Self-compassion break', 'Soothing touch', 'Compassionate body scan',
                           'Giving and receiving compassion', 'Compassionate walking'),
                       IF(MOD(%s + nth, 10) = 0, 'Felt calmer afterwards.', NULL), day + INTERVAL 20 HOUR
                FROM (SELECT member_id, nth, h, DATE'2026-11-30' - INTERVAL (%s + nth * (1 + %s)) DAY AS day
                      FROM (SELECT %d + 1 + MOD(MOD(seq, %d) * %d, %d) AS member_id, seq DIV %d AS nth,
                                   MD5(CONCAT('practice:', MOD(seq, %d))) AS h
                            FROM seq_0_to_%d) hashed) dated
                """.formatted(Hash.slice(3), Hash.slice(2), Hash.slice(4), Hash.mod(0, 400), Hash.mod(1, 3),
                memberBase, practitioners, step, shape.members(), practitioners, practitioners,
                shape.practiceEntries() - 1));
    }
}

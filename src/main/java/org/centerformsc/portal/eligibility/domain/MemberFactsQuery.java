package org.centerformsc.portal.eligibility.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the prerequisite rules ask about one member, in one statement (docs/decisions/025): verified
 * completions, the courses they hold a seat in that have not ended, staff overrides, approved applications and
 * the days practised in each window the rules name. A page of the catalog judges dozens of offerings against these
 * facts, so they are read once per page. Reads the completion, enrollment and catalog tables by their columns
 * (read only, never written here) because one statement must cover them all; the features own those tables.
 */
@Repository
public class MemberFactsQuery {

    private static final String FACTS = """
            SELECT 'completed' AS kind, c.program_code AS code, c.completed_on AS day,
                   CAST(NULL AS DATETIME(6)) AS ends_at, NULL AS zone, CAST(NULL AS SIGNED) AS number
              FROM completion c WHERE c.member_id = :member AND c.status = 'VERIFIED'
            UNION ALL
            SELECT 'planned', p.code, NULL, o.last_session_at, o.time_zone, NULL
              FROM enrollment e JOIN offering o ON o.id = e.offering_id JOIN program p ON p.id = o.program_id
             WHERE e.member_id = :member AND e.status = 'ENROLLED' AND o.last_session_at > :now
            UNION ALL
            SELECT 'override', x.program_code, NULL, NULL, NULL, NULL
              FROM eligibility_override x WHERE x.member_id = :member
            UNION ALL
            SELECT 'approved', NULL, NULL, NULL, NULL, a.offering_id
              FROM application a WHERE a.member_id = :member AND a.status = 'APPROVED'""";

    private static final String PRACTICE = """
            UNION ALL
            SELECT 'practice', NULL, NULL, NULL, NULL, COUNT(DISTINCT pe.practiced_on) * 100000 + %1$d
              FROM practice_entry pe WHERE pe.member_id = :member AND pe.practiced_on BETWEEN :from%1$d AND :today""";

    private final JdbcClient jdbc;

    MemberFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's facts at {@code now}; practice is counted for each window (in days, ending {@code today}). */
    public Facts read(long member, Instant now, LocalDate today, Set<Integer> practiceWindows) {
        StringBuilder sql = new StringBuilder(FACTS);
        Map<String, Object> params = new HashMap<>();
        params.put("member", member);
        params.put("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        params.put("today", today);
        for (int window : practiceWindows) {
            sql.append('\n').append(PRACTICE.formatted(window));
            params.put("from" + window, today.minusDays(window - 1L));
        }
        Facts facts = new Facts(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(), new HashSet<>());
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            String code = rs.getString("code");
            switch (rs.getString("kind")) {
                case "completed" -> facts.completed().computeIfAbsent(code, c -> new ArrayList<>())
                        .add(rs.getObject("day", LocalDate.class));
                // a course's last day is the day its last session ends in the course's own zone
                case "planned" -> facts.planned().computeIfAbsent(code, c -> new ArrayList<>())
                        .add(rs.getObject("ends_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)
                                .atZone(ZoneId.of(rs.getString("zone"))).toLocalDate());
                case "override" -> facts.overriddenPrograms().add(code);
                case "approved" -> facts.approvedOfferings().add(rs.getLong("number"));
                case "practice" -> facts.practiceDays().put((int) (rs.getLong("number") % 100000),
                        (int) (rs.getLong("number") / 100000));
                default -> throw new IllegalStateException("Unknown fact " + rs.getString("kind"));
            }
        });
        return facts;
    }

    /** Programs by code to their days; practice windows to days practised. */
    public record Facts(Map<String, List<LocalDate>> completed, Map<String, List<LocalDate>> planned,
                        Map<Integer, Integer> practiceDays, Set<Long> approvedOfferings,
                        Set<String> overriddenPrograms) {
    }
}

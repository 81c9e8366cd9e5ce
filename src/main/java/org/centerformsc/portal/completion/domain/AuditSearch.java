package org.centerformsc.portal.completion.domain;

import org.centerformsc.portal.completion.AuditFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail filtered in SQL: each change joined to its completion for the member and program, so that a
 * page and its count are one statement each. Instants are stored as UTC wall time (hibernate.jdbc.time_zone).
 */
@Repository
public class AuditSearch {

    private static final String FROM = "FROM completion_audit a JOIN completion c ON c.id = a.completion_id";

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param memberIds the members to keep, or null for everyone */
    public List<Row> page(AuditFilter filter, Collection<Long> memberIds, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, memberIds, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                        SELECT a.completion_id, c.member_id, c.program_code, a.changed_at, a.changed_by,
                               a.before_state, a.after_state
                        %s WHERE %s
                        ORDER BY a.changed_at DESC, a.id DESC
                        LIMIT :limit OFFSET :offset""".formatted(FROM, where))
                .params(params)
                .query((rs, i) -> new Row(rs.getLong("completion_id"), rs.getLong("member_id"),
                        rs.getString("program_code"),
                        rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("changed_by"), rs.getString("before_state"), rs.getString("after_state")))
                .list();
    }

    /** @param memberIds the members to keep, or null for everyone */
    public long count(AuditFilter filter, Collection<Long> memberIds) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, memberIds, params);
        return jdbc.sql("SELECT COUNT(*) " + FROM + " WHERE " + where).params(params).query(Long.class).single();
    }

    private static String where(AuditFilter filter, Collection<Long> memberIds, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (memberIds != null) {
            conditions.add("c.member_id IN (:members)");
            params.put("members", memberIds);
        }
        if (filter.programCode() != null) {
            conditions.add("c.program_code = :program");
            params.put("program", filter.programCode());
        }
        if (filter.from() != null) {
            conditions.add("a.changed_at >= :from");
            params.put("from", utc(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("a.changed_at < :until");
            params.put("until", utc(filter.until()));
        }
        return String.join(" AND ", conditions);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public record Row(long completionId, long memberId, String programCode, Instant changedAt, String changedBy,
                      String before, String after) {
    }
}

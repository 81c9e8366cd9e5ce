package org.centerformsc.portal.member;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads rows for a personal data export as plain values Jackson writes in ISO form: instants for the stored
 * UTC times, dates, times; a stored file is named by its size, not copied into the JSON.
 */
public final class PersonalDataRows {

    /** What anonymised text columns hold instead of a person's name or words. */
    public static final String ERASED = "erased member";

    private PersonalDataRows() {
    }

    public static List<Map<String, Object>> query(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForList(sql, args).stream().map(PersonalDataRows::plain).toList();
    }

    /**
     * Replaces the member's own name where a column records who did something ("Name (subject)", as the portal's
     * audit trails write it) with {@link #ERASED}; run before the member row itself is anonymised.
     */
    public static int anonymiseActor(JdbcTemplate jdbc, String table, String column, MemberId member) {
        String subject = jdbc.queryForObject("SELECT subject FROM member WHERE id = ?", String.class, member.value());
        String pattern = "%(" + subject.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ")";
        return jdbc.update("UPDATE " + table + " SET " + column + " = ? WHERE " + column + " LIKE ? ESCAPE '!'",
                ERASED, pattern);
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        if (value instanceof byte[] bytes) {
            return "(file of " + bytes.length + " bytes)";
        }
        return value;
    }
}

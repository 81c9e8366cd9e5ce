package org.centerformsc.portal.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.time.Clock;
import java.util.List;

/**
 * Writes a notification in the transaction of the change that causes it (docs/decisions/020): it exists exactly when
 * the change does. The same {@code dedupKey} twice (a retried request, a job run twice) stores one.
 */
@Service
public class Outbox {

    private static final String INSERT = """
            INSERT INTO notification (member_id, kind, variant, params, link, about, dedup_key, created_at,
                                      email_status, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
            ON DUPLICATE KEY UPDATE id = id""";
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the notice; its arguments fill the kind's texts ({@code notify.<kind>.subject} and {@code .body}) in
     * the reader's language when they are shown or sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Notice notice) {
        LocalDateTime now = Notifications.utc(clock.instant());
        jdbc.update(INSERT, notice.member().value(), notice.kind().name(), notice.variant(),
                write(notice.arguments()), notice.link(), notice.about(), notice.dedupKey(), now, now);
    }

    /** Records many notices of one cause (every member of a course) in batches of statements; see {@link #record}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Notice> notices) {
        LocalDateTime now = Notifications.utc(clock.instant());
        jdbc.batchUpdate(INSERT, notices, BATCH, (statement, notice) -> {
            statement.setLong(1, notice.member().value());
            statement.setString(2, notice.kind().name());
            statement.setString(3, notice.variant());
            statement.setString(4, write(notice.arguments()));
            statement.setString(5, notice.link());
            statement.setString(6, notice.about());
            statement.setString(7, notice.dedupKey());
            statement.setObject(8, now);
            statement.setObject(9, now);
        });
    }

    private String write(List<String> arguments) {
        try {
            return json.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification arguments must be text", e);
        }
    }
}

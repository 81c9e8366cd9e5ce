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
        jdbc.update("""
                INSERT INTO notification (member_id, kind, variant, params, link, about, dedup_key, created_at,
                                          email_status, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                ON DUPLICATE KEY UPDATE id = id""", notice.member().value(), notice.kind().name(), notice.variant(),
                write(notice.arguments()), notice.link(), notice.about(), notice.dedupKey(), now, now);
    }

    private String write(List<String> arguments) {
        try {
            return json.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Notification arguments must be text", e);
        }
    }
}

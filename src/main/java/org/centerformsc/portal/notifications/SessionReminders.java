package org.centerformsc.portal.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reminds every enrolled member of each session 24 hours and 1 hour before it starts. Due moments are instants (the
 * session's start less the lead), so a daylight-saving change on the way moves nothing; the member reads the time
 * in their own zone when the message is shown or sent. Each run records the reminders that fell due since the last
 * one (its watermark), in one statement per lead, so a run that was missed catches up; a reminder whose session
 * has begun (or, for the day-before one, whose hour-before one is due) is not sent late. Online and hybrid sessions
 * come with the join link in the hour before and with the course page the day before; in-person and hybrid ones
 * with the venue, its address and city.
 */
@Component
class SessionReminders {

    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);
    private static final String JOB = "session-reminders";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String publicUrl;

    SessionReminders(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
                     @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.publicUrl = publicUrl.replaceFirst("/$", "");
    }

    @Scheduled(initialDelayString = "${portal.notifications.first-send-after:PT20S}",
            fixedDelayString = "${portal.notifications.reminders-every:PT1M}")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT10M")
    void run() {
        recordDue(clock.instant());
    }

    /** Records what fell due since the last run, up to {@code now}; how many reminders were recorded. */
    int recordDue(Instant now) {
        Integer recorded = transaction.execute(status -> {
            List<LocalDateTime> last = jdbc.queryForList("SELECT up_to FROM job_watermark WHERE name = ? FOR UPDATE",
                    LocalDateTime.class, JOB);
            // the first run ever starts now: reminders of the past are not news
            Instant since = last.isEmpty() ? now : last.get(0).toInstant(java.time.ZoneOffset.UTC);
            int count = since.isBefore(now) ? recordBetween(since, now) : 0;
            jdbc.update("INSERT INTO job_watermark (name, up_to) VALUES (?, ?) ON DUPLICATE KEY UPDATE up_to = ?",
                    JOB, Notifications.utc(now), Notifications.utc(now));
            return count;
        });
        return recorded == null ? 0 : recorded;
    }

    /** The reminders that fell due after {@code since} and by {@code now}, in the running transaction. */
    int recordBetween(Instant since, Instant now) {
        // the day-before reminder only while the hour-before one is not yet due: no two reminders at once
        return remind(DAY_BEFORE, since, now, now.plus(HOUR_BEFORE)) + remind(HOUR_BEFORE, since, now, now);
    }

    private int remind(Duration lead, Instant since, Instant now, Instant startsAfter) {
        // the join link itself only in the hour before (the course page hands it out from 15 minutes before);
        // the day before, the course page where it will be
        String link = "CASE WHEN o.join_url IS NOT NULL AND ? THEN o.join_url ELSE CONCAT(?, '/courses/', o.code) END";
        String place = "CONCAT_WS(', ', o.venue, o.venue_address, o.venue_city)";
        return jdbc.update("""
                INSERT INTO notification (member_id, kind, variant, params, link, dedup_key, created_at, email_status,
                                          next_attempt_at)
                SELECT e.member_id, 'SESSION_REMINDER', LOWER(CASE o.format WHEN 'IN_PERSON' THEN 'place'
                                                                             ELSE o.format END),
                       CASE o.format
                           WHEN 'ONLINE' THEN JSON_ARRAY(o.title, %1$s, %2$s)
                           WHEN 'HYBRID' THEN JSON_ARRAY(o.title, %1$s, %2$s, %3$s)
                           ELSE JSON_ARRAY(o.title, %1$s, %3$s) END,
                       CONCAT('courses/', o.code),
                       CONCAT('reminder-', ?, '-', s.offering_id, '-', DATE_FORMAT(s.starts_at, '%%Y%%m%%d%%H%%i%%s'),
                              '-', e.member_id),
                       ?, 'PENDING', ?
                FROM offering_session s
                JOIN offering o ON o.id = s.offering_id AND o.status = 'PUBLISHED'
                JOIN enrollment e ON e.offering_id = s.offering_id AND e.status = 'ENROLLED'
                WHERE s.starts_at > ? AND s.starts_at <= ? AND s.starts_at > ?
                ON DUPLICATE KEY UPDATE notification.id = notification.id""".formatted(
                        "CONCAT(CHAR(31 USING utf8mb4), 'instant:', DATE_FORMAT(s.starts_at, '%Y-%m-%dT%H:%i:%s.%fZ'))",
                        link, place),
                // the link's two parameters appear once per format that uses it
                lead.equals(HOUR_BEFORE), publicUrl, lead.equals(HOUR_BEFORE), publicUrl,
                lead.toMinutes(), Notifications.utc(now), Notifications.utc(now),
                Notifications.utc(since.plus(lead)), Notifications.utc(now.plus(lead)),
                Notifications.utc(startsAfter));
    }
}

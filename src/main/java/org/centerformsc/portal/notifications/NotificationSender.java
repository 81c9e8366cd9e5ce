package org.centerformsc.portal.notifications;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centerformsc.portal.base.PortalLanguages;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Delivers the outbox by e-mail (docs/decisions/020). One sender at a time across nodes (ShedLock); each
 * notification is claimed (SENDING, committed) before its e-mail goes out and marked SENT after, so it is never
 * sent twice: a claim that a crash left behind turns UNCERTAIN and stays unsent. A mail server that is down
 * delays a message with growing pauses and loses none; after {@code MAX_ATTEMPTS} it is FAILED, for staff to see.
 */
@Component
class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 100;
    private static final Duration CLAIM_OUTLIVED = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final MemberService members;
    private final NotificationMail letters;
    private final Unsubscribes unsubscribes;
    private final ObjectMapper json;
    private final Clock clock;
    private final String from;
    private final TransactionTemplate transaction;
    private final List<AttachmentSource> attachments;

    NotificationSender(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail, MemberService members,
                       NotificationMail letters, Unsubscribes unsubscribes, ObjectMapper json, Clock clock,
                       @Value("${portal.mail.from:giving@centerformsc.org}") String from,
                       PlatformTransactionManager transactions, List<AttachmentSource> attachments) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.members = members;
        this.letters = letters;
        this.unsubscribes = unsubscribes;
        this.json = json;
        this.clock = clock;
        this.from = from;
        this.transaction = new TransactionTemplate(transactions);
        this.attachments = attachments;
        // no gap locks: a second sender (should ShedLock ever let one through) skips the rows this one claims
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Scheduled(initialDelayString = "${portal.notifications.first-send-after:PT20S}",
            fixedDelayString = "${portal.notifications.send-every:PT10S}")
    @SchedulerLock(name = "notification-sender", lockAtMostFor = "PT10M")
    void run() {
        sendDue();
    }

    /** Sends what is due now, batch after batch; how many e-mails went out. */
    int sendDue() {
        return sendDue(clock.instant());
    }

    /** Sends what is due by {@code now} (tests choose the moment). */
    int sendDue(Instant now) {
        transaction.executeWithoutResult(status -> jdbc.update("UPDATE notification SET email_status = 'UNCERTAIN'"
                + " WHERE email_status = 'SENDING' AND next_attempt_at < ?",
                Notifications.utc(now.minus(CLAIM_OUTLIVED))));
        int sent = 0;
        List<Map<String, Object>> batch;
        do {
            batch = claim(now);
            for (Map<String, Object> row : batch) {
                sent += deliver(row, now) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /** Marks a batch of due notifications as being sent, committed before any e-mail goes out. */
    private List<Map<String, Object>> claim(Instant now) {
        return transaction.execute(status -> {
            List<Map<String, Object>> due = jdbc.queryForList("""
                    SELECT id, member_id, kind, variant, params, link, about, attempts FROM notification
                    WHERE email_status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT ?
                    FOR UPDATE SKIP LOCKED""", Notifications.utc(now), BATCH);
            due.forEach(row -> jdbc.update("UPDATE notification SET email_status = 'SENDING', next_attempt_at = ?"
                    + " WHERE id = ?", Notifications.utc(now), row.get("id")));
            return due;
        });
    }

    private boolean deliver(Map<String, Object> row, Instant now) {
        long id = ((Number) row.get("id")).longValue();
        NotificationKind kind = NotificationKind.valueOf((String) row.get("kind"));
        MemberId member = new MemberId(((Number) row.get("member_id")).longValue());
        JavaMailSender sender = mail.getIfAvailable();
        MemberProfile profile = SystemAuthentication.asSystem(() -> members.profileOf(member)).orElse(null);
        if (sender == null || profile == null || profile.email() == null || !wanted(member, kind)) {
            finish(id, "SKIPPED", sender == null ? "no mail server configured" : "not wanted or no address");
            return false;
        }
        try {
            Locale language = PortalLanguages.readerOf(profile.locale());
            NotificationMail.Letter letter = letters.compose(kind, (String) row.get("variant"),
                    arguments((String) row.get("params")),
                    (String) row.get("link"), profile.displayName(), language,
                    profile.timeZone() == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(profile.timeZone()),
                    unsubscribes.url(member, kind));
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(profile.email());
            helper.setSubject(letter.subject());
            helper.setText(letter.text(), letter.html());
            attachment(kind, (String) row.get("about"), member, language).ifPresent(file -> {
                try {
                    helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
                } catch (jakarta.mail.MessagingException e) {
                    throw new org.springframework.mail.MailPreparationException("Attachment not added", e);
                }
            });
            if (!kind.required()) {
                // one click in the mail program turns this kind off (RFC 8058)
                message.setHeader("List-Unsubscribe", "<" + unsubscribes.url(member, kind) + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            sender.send(message);
            finish(id, "SENT", null);
            return true;
        } catch (MailException | jakarta.mail.MessagingException failed) {
            retry(id, ((Number) row.get("attempts")).intValue() + 1, now, failed.getMessage());
            return false;
        }
    }

    private java.util.Optional<AttachmentSource.Attachment> attachment(NotificationKind kind, String about,
                                                                      MemberId member, Locale language) {
        if (about == null) {
            return java.util.Optional.empty();
        }
        return attachments.stream().filter(source -> source.serves(kind, about)).findFirst()
                .flatMap(source -> SystemAuthentication.asSystem(
                        () -> source.attachment(kind, about, member, language)));
    }

    private boolean wanted(MemberId member, NotificationKind kind) {
        if (kind.required()) {
            return true;
        }
        List<Boolean> choice = jdbc.queryForList("SELECT email FROM notification_preference WHERE member_id = ?"
                + " AND kind = ?", Boolean.class, member.value(), kind.name());
        return choice.isEmpty() || choice.get(0);
    }

    private void finish(long id, String status, String note) {
        jdbc.update("UPDATE notification SET email_status = ?, sent_at = ?, last_error = ? WHERE id = ?", status,
                status.equals("SENT") ? Notifications.utc(clock.instant()) : null, note, id);
    }

    /** Back in the queue after a pause that doubles with each try (1, 2, 4 … minutes, at most 6 hours). */
    private void retry(long id, int attempts, Instant now, String error) {
        Duration pause = Duration.ofMinutes(Math.min(360, 1L << Math.min(attempts - 1, 9)));
        String status = attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
        LOG.warn("Notification {} not delivered (try {} of {}): {}", id, attempts, MAX_ATTEMPTS, error);
        jdbc.update("UPDATE notification SET email_status = ?, attempts = ?, next_attempt_at = ?, last_error = ?"
                        + " WHERE id = ?", status, attempts, Notifications.utc(now.plus(pause)),
                error == null ? null : error.substring(0, Math.min(500, error.length())), id);
    }

    private List<String> arguments(String params) {
        try {
            return json.readValue(params, new TypeReference<List<String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable notification parameters", e);
        }
    }
}

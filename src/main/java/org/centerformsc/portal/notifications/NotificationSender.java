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
            sent += deliver(batch, now);
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
            if (!due.isEmpty()) {
                String ids = due.stream().map(row -> String.valueOf(((Number) row.get("id")).longValue()))
                        .collect(java.util.stream.Collectors.joining(","));
                jdbc.update("UPDATE notification SET email_status = 'SENDING', next_attempt_at = ? WHERE id IN ("
                        + ids + ")", Notifications.utc(now));
            }
            return due;
        });
    }

    /** A claimed notification's e-mail, ready to go. */
    private record Outgoing(long id, int attempts, MimeMessage message) {
    }

    /**
     * Sends a claimed batch over one connection to the mail server; each message's outcome is recorded on its own
     * (one the server refused goes back in the queue, the others are SENT). How many went out.
     */
    private int deliver(List<Map<String, Object>> batch, Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        // the batch's members and their e-mail choices, each in one statement
        java.util.Set<MemberId> who = batch.stream()
                .map(row -> new MemberId(((Number) row.get("member_id")).longValue()))
                .collect(java.util.stream.Collectors.toSet());
        Map<MemberId, MemberProfile> profiles = who.isEmpty() ? Map.of()
                : SystemAuthentication.asSystem(() -> members.profiles(who));
        java.util.Set<String> turnedOff = turnedOff(who);
        List<Outgoing> outgoing = new java.util.ArrayList<>();
        for (Map<String, Object> row : batch) {
            prepare(row, sender, profiles, turnedOff, now).ifPresent(outgoing::add);
        }
        if (outgoing.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failed = Map.of();
        try {
            sender.send(outgoing.stream().map(Outgoing::message).toArray(MimeMessage[]::new));
        } catch (org.springframework.mail.MailSendException partly) {
            failed = partly.getFailedMessages();
        } catch (RuntimeException down) {
            // the server or the connection failed before any message went: all wait for the next turn
            failed = new java.util.IdentityHashMap<>();
            for (Outgoing letter : outgoing) {
                failed.put(letter.message(), down);
            }
        }
        List<Object[]> sent = new java.util.ArrayList<>();
        for (Outgoing letter : outgoing) {
            Exception failure = failed.get(letter.message());
            if (failure == null) {
                sent.add(new Object[] {Notifications.utc(clock.instant()), letter.id()});
            } else {
                retry(letter.id(), letter.attempts() + 1, now, failure.getMessage());
            }
        }
        jdbc.batchUpdate("UPDATE notification SET email_status = 'SENT', sent_at = ?, last_error = NULL"
                + " WHERE id = ?", sent);
        return sent.size();
    }

    /** The notification's e-mail; none when it is not to be sent (SKIPPED) or could not be written (retried). */
    private java.util.Optional<Outgoing> prepare(Map<String, Object> row, JavaMailSender sender,
                                                 Map<MemberId, MemberProfile> profiles, java.util.Set<String> turnedOff,
                                                 Instant now) {
        long id = ((Number) row.get("id")).longValue();
        int attempts = ((Number) row.get("attempts")).intValue();
        NotificationKind kind = NotificationKind.valueOf((String) row.get("kind"));
        MemberId member = new MemberId(((Number) row.get("member_id")).longValue());
        MemberProfile profile = profiles.get(member);
        boolean wanted = kind.required() || !turnedOff.contains(member.value() + ":" + kind.name());
        if (sender == null || profile == null || profile.email() == null || !wanted) {
            skip(id, sender == null ? "no mail server configured" : "not wanted or no address");
            return java.util.Optional.empty();
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
            java.util.Optional<AttachmentSource.Attachment> file = attachment(kind, (String) row.get("about"), member,
                    language);
            if (file.isPresent()) {
                helper.addAttachment(file.get().fileName(), new ByteArrayResource(file.get().content()),
                        file.get().contentType());
            }
            if (!kind.required()) {
                // one click in the mail program turns this kind off (RFC 8058)
                message.setHeader("List-Unsubscribe", "<" + unsubscribes.url(member, kind) + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            return java.util.Optional.of(new Outgoing(id, attempts, message));
        } catch (MailException | jakarta.mail.MessagingException failed) {
            retry(id, attempts + 1, now, failed.getMessage());
            return java.util.Optional.empty();
        } catch (RuntimeException unwritable) {
            // this one notification cannot be written (a file that failed, a profile gone wrong): it waits for
            // another try, and the rest of the batch goes out
            LOG.error("Notification {} could not be written", id, unwritable);
            retry(id, attempts + 1, now, String.valueOf(unwritable));
            return java.util.Optional.empty();
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

    /** "member:KIND" of every kind these members turned off, in one statement. */
    private java.util.Set<String> turnedOff(java.util.Set<MemberId> who) {
        if (who.isEmpty()) {
            return java.util.Set.of();
        }
        String ids = who.stream().map(id -> String.valueOf(id.value()))
                .collect(java.util.stream.Collectors.joining(","));
        return new java.util.HashSet<>(jdbc.queryForList("SELECT CONCAT(member_id, ':', kind)"
                + " FROM notification_preference WHERE NOT email AND member_id IN (" + ids + ")", String.class));
    }

    private void skip(long id, String why) {
        jdbc.update("UPDATE notification SET email_status = 'SKIPPED', last_error = ? WHERE id = ?", why, id);
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

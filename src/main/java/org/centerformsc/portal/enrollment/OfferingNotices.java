package org.centerformsc.portal.enrollment;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tells members by e-mail, in their language and time zone, that an offering they hold a place in was cancelled
 * (and why) or moved (and the new sessions). Sent once the change is committed; without a mail server (the embedded
 * default) it only logs. A later issue replaces this with the portal's notifications.
 */
@Component
class OfferingNotices {

    private static final Logger log = LoggerFactory.getLogger(OfferingNotices.class);

    enum Kind { CANCELLED, RESCHEDULED }

    /** Who to tell what; {@code zone} and {@code sessions} only for a new schedule. */
    record Notice(Kind kind, OfferingId offering, String title, String reason, ZoneId zone, List<SessionTime> sessions,
                  List<MemberId> members) {
    }

    private final ObjectProvider<JavaMailSender> mail;
    private final MemberService members;
    private final Texts texts;
    private final String from;

    OfferingNotices(ObjectProvider<JavaMailSender> mail, MemberService members, Texts texts,
                    @Value("${portal.mail.from:giving@centerformsc.org}") String from) {
        this.mail = mail;
        this.members = members;
        this.texts = texts;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(Notice notice) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("{} notices for offering {} not e-mailed: no mail server configured (spring.mail.host)",
                    notice.members().size(), notice.offering().value());
            return;
        }
        SystemAuthentication.asSystem(() -> {
            notice.members().forEach(member -> members.profileOf(member)
                    .filter(profile -> profile.email() != null)
                    .ifPresent(profile -> send(sender, notice, profile)));
            return null;
        });
    }

    private void send(JavaMailSender sender, Notice notice, MemberProfile member) {
        Locale locale = org.centerformsc.portal.base.PortalLanguages.readerOf(member.locale());
        String key = notice.kind() == Kind.CANCELLED ? "notice.cancelled" : "notice.rescheduled";
        String body = notice.kind() == Kind.CANCELLED
                ? texts.get(key + ".body", locale, member.displayName(), notice.title(), notice.reason())
                : texts.get(key + ".body", locale, member.displayName(), notice.title(), sessions(notice, member,
                locale));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(member.email());
            helper.setSubject(texts.get(key + ".subject", locale, notice.title()));
            helper.setText(body);
            sender.send(message);
        } catch (MessagingException | MailException failed) {
            log.warn("Could not e-mail member {} about offering {}: {}", member.id().value(), notice.offering().value(),
                    failed.getMessage());
        }
    }

    /** The new sessions in the member's own zone (else the event's), one per line. */
    private static String sessions(Notice notice, MemberProfile member, Locale locale) {
        ZoneId zone = member.timeZone() == null ? notice.zone() : ZoneId.of(member.timeZone());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        return notice.sessions().stream()
                .map(s -> "- " + day.format(s.startsAt()) + " – " + time.format(s.endsAt()) + " (" + zone.getId() + ")")
                .collect(Collectors.joining("\n"));
    }
}

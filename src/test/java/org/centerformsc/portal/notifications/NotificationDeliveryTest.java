package org.centerformsc.portal.notifications;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.SharedTestMailServer;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox on the real MariaDB and a real SMTP server (GreenMail): written with the change, delivered once, in the
 * member's language, kept while the mail server is down, never twice with two senders (docs/decisions/020).
 */
@IntegrationTest
class NotificationDeliveryTest {

    @Autowired
    NotificationSender sender;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEnrollmentIsConfirmedByOneEMailWithHtmlAndTextAndAnUnsubscribeHeader() throws Exception {
        String title = "Notified course " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(5)
                .firstSessionAt(Instant.parse("2027-03-02T17:00:00Z")).create(catalog);
        OAuth2AuthenticationToken ada = TestLogins.signedUp(members, "Ada Notified");

        TestLogins.as(ada, () -> enrollment.enroll(offering));
        assertThat(status(offering, "ENROLLMENT_CONFIRMED")).isEqualTo("PENDING");
        SystemAuthentication.asSystem(sender::sendDue);
        SystemAuthentication.asSystem(sender::sendDue);

        List<MimeMessage> mails = mailsWithSubject("You are enrolled: " + title);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(TestLogins.email(subject(ada)));
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/notifications/unsubscribe?member=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String body = text(mail);
        assertThat(body).contains("Dear Ada Notified,").contains("You are enrolled in " + title)
                .contains("Mar 2, 2027").contains("/courses/").contains("Stop these e-mails");
        assertThat(status(offering, "ENROLLMENT_CONFIRMED")).isEqualTo("SENT");
        // the course's sessions come along as a calendar file, made when the e-mail went out
        assertThat(org.centerformsc.portal.TestMail.attachmentTypes(mail)).singleElement().asString()
                .startsWith("text/calendar");
        assertThat(calendarFile(mail)).contains("BEGIN:VCALENDAR").contains("DTSTART;TZID=America/Los_Angeles:20270302T090000").containsOnlyOnce("DTSTAMP")
                .contains("SUMMARY:" + title);
    }

    private static String calendarFile(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/calendar")) {
                return new String(parts.getBodyPart(i).getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No calendar file attached");
    }

    @Test
    void aGermanMemberIsWrittenToInGermanWithTheFirstSessionInTheirZone() throws Exception {
        String title = "Kurs " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(5)
                .firstSessionAt(Instant.parse("2027-03-02T17:00:00Z")).create(catalog);
        OAuth2AuthenticationToken greta = TestLogins.token("greta-" + UUID.randomUUID(), "Greta Brief");
        members.recordSignIn(new org.centerformsc.portal.security.MemberIdentity(TestLogins.ISSUER, subject(greta)),
                "Greta Brief", TestLogins.email(subject(greta)), "de-DE");
        TestLogins.as(greta, () -> members.preferTimeZone(java.time.ZoneId.of("Europe/Berlin")));

        TestLogins.as(greta, () -> enrollment.enroll(offering));
        SystemAuthentication.asSystem(sender::sendDue);

        MimeMessage mail = mailsWithSubject("Sie sind angemeldet: " + title).get(0);
        // 17:00 UTC is 18:00 in Berlin, written the German way
        assertThat(text(mail)).contains("Guten Tag Greta Brief,").contains("02.03.2027, 18:00 MEZ");
    }

    @Test
    void theWaitlistThePromotionAndTheWithdrawalAreEachTold() throws Exception {
        String title = "Full course " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(1).create(catalog);
        OAuth2AuthenticationToken first = TestLogins.signedUp(members, "First Seated");
        OAuth2AuthenticationToken second = TestLogins.signedUp(members, "Second Waiting");
        TestLogins.as(first, () -> enrollment.enroll(offering));
        TestLogins.as(second, () -> enrollment.enroll(offering));

        TestLogins.as(first, () -> { enrollment.withdraw(offering); return null; });
        SystemAuthentication.asSystem(sender::sendDue);

        assertThat(mailsWithSubject("On the waitlist: " + title)).singleElement()
                .satisfies(mail -> assertThat(text(mail)).contains("you are number 1 on its waitlist"));
        assertThat(mailsWithSubject("A seat is yours: " + title)).hasSize(1);
        assertThat(mailsWithSubject("You have left " + title)).hasSize(1);
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndAfterItIsBackEachMessageGoesOnce() throws Exception {
        String title = "Server down " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(5).create(catalog);
        OAuth2AuthenticationToken ben = TestLogins.signedUp(members, "Ben Patient");
        TestLogins.as(ben, () -> enrollment.enroll(offering));

        SharedTestMailServer.server().stop();
        try {
            SystemAuthentication.asSystem(sender::sendDue);
            assertThat(jdbc.queryForObject("SELECT CONCAT(email_status, ' ', attempts) FROM notification n"
                    + " WHERE n.link = ? AND kind = 'ENROLLMENT_CONFIRMED'", String.class, link(offering)))
                    .isEqualTo("PENDING 1");
        } finally {
            SharedTestMailServer.server().start();
            // the server takes its port back in a thread of its own: wait until it answers
            assertThat(SharedTestMailServer.server().getSmtp().waitTillRunning(10_000)).isTrue();
        }
        // the pause before the next try is over
        jdbc.update("UPDATE notification SET next_attempt_at = ? WHERE link = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), link(offering));
        SystemAuthentication.asSystem(sender::sendDue);
        SystemAuthentication.asSystem(sender::sendDue);

        assertThat(mailsWithSubject("You are enrolled: " + title)).hasSize(1);
        assertThat(status(offering, "ENROLLMENT_CONFIRMED")).isEqualTo("SENT");
    }

    @Test
    void twoSendersAtOnceSendEachNotificationOnce() throws Exception {
        String title = "Two senders " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(100).create(catalog);
        // what other tests left waiting goes first, so that the two senders below share exactly these 30
        SystemAuthentication.asSystem(sender::sendDue);
        for (int i = 0; i < 30; i++) {
            OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Racer " + i);
            TestLogins.as(member, () -> enrollment.enroll(offering));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> send = () -> SystemAuthentication.asSystem(sender::sendDue);
            var one = pool.submit(send);
            var other = pool.submit(send);
            // a third sender may take part: the browser journeys' portal runs its own on the same database
            assertThat(one.get() + other.get()).isLessThanOrEqualTo(30);
        } finally {
            pool.shutdown();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sentOf(offering) < 30 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sentOf(offering)).isEqualTo(30);
        assertThat(mailsWithSubject("You are enrolled: " + title)).hasSize(30);
    }

    private int sentOf(OfferingId offering) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE link = ? AND email_status = 'SENT'",
                Integer.class, link(offering));
    }

    @Test
    void aKindTurnedOffIsShownInThePortalButNotEMailed() throws Exception {
        String title = "Quiet course " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).capacity(5).create(catalog);
        OAuth2AuthenticationToken quiet = TestLogins.signedUp(members, "Quinn Quiet");
        long member = jdbc.queryForObject("SELECT id FROM member WHERE subject = ?", Long.class, subject(quiet));
        jdbc.update("INSERT INTO notification_preference (member_id, kind, email) VALUES (?, 'ENROLLMENT_CONFIRMED',"
                + " FALSE)", member);

        TestLogins.as(quiet, () -> enrollment.enroll(offering));
        SystemAuthentication.asSystem(sender::sendDue);

        assertThat(mailsWithSubject("You are enrolled: " + title)).isEmpty();
        assertThat(status(offering, "ENROLLMENT_CONFIRMED")).isEqualTo("SKIPPED");
    }

    private String status(OfferingId offering, String kind) {
        return jdbc.queryForObject("SELECT email_status FROM notification WHERE link = ? AND kind = ?", String.class,
                link(offering), kind);
    }

    private String link(OfferingId offering) {
        return "courses/" + jdbc.queryForObject("SELECT code FROM offering WHERE id = ?", String.class,
                offering.value());
    }

    private static String subject(OAuth2AuthenticationToken token) {
        return token.getPrincipal().getAttribute("sub");
    }

    private static List<MimeMessage> mailsWithSubject(String subject) {
        return Arrays.stream(SharedTestMailServer.server().getReceivedMessages()).filter(message -> {
            try {
                return subject.equals(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part. */
    private static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            return content instanceof Multipart multipart ? part(multipart, "text/plain") : content.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = part(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

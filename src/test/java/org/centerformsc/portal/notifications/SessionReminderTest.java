package org.centerformsc.portal.notifications;

import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session reminders on MariaDB and GreenMail, driven by the moment the job runs at: 24 hours and 1 hour before
 * each session, once, in each member's zone and language, across both daylight-saving weekends of 2027.
 */
@IntegrationTest
class SessionReminderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    SessionReminders reminders;

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

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anOnlineSessionOnTheSpringForwardSundayIsRemindedADayAndAnHourAheadWithTheJoinLink() throws Exception {
        // Sunday 28 March 2027, 10:00 in Berlin, hours after the clocks went forward (08:00 UTC)
        Instant start = Instant.parse("2027-03-28T08:00:00Z");
        String title = "Spring session " + UUID.randomUUID().toString().substring(0, 6);
        TestOffering course = TestOffering.offering().title(title).zone(BERLIN).capacity(10).firstSessionAt(start)
                .weeklySessions(1);
        OfferingId offering = course.create(catalog);
        OAuth2AuthenticationToken greta = member("Greta Erinnert", "de-DE", BERLIN);
        OAuth2AuthenticationToken nora = member("Nora Reminded", "en-US", NEW_YORK);
        TestLogins.as(greta, () -> enrollment.enroll(offering));
        TestLogins.as(nora, () -> enrollment.enroll(offering));

        recordBetween(start.minus(Duration.ofHours(24)).minusSeconds(120), start.minus(Duration.ofHours(24))
                .minusSeconds(60));
        assertThat(reminders(offering)).isZero();
        recordBetween(start.minus(Duration.ofHours(24)).minusSeconds(60), start.minus(Duration.ofHours(24)));
        recordBetween(start.minus(Duration.ofHours(24)).minusSeconds(60), start.minus(Duration.ofHours(24)));
        assertThat(reminders(offering)).isEqualTo(2);
        recordBetween(start.minus(Duration.ofHours(1)).minusSeconds(60), start.minus(Duration.ofHours(1)));
        assertThat(reminders(offering)).isEqualTo(4);

        SystemAuthentication.asSystem(() -> sender.sendDue(start.minus(Duration.ofHours(1))));

        // 10:00 summer time in Berlin, 04:00 daylight time in New York (which changed two weeks earlier)
        // the day before, the course page (it hands the link out from 15 minutes before); the hour before, the link
        List<MimeMessage> german = mails(greta, "Erinnerung: " + title + ", 28.03.2027, 10:00 MESZ");
        assertThat(german).hasSize(2);
        assertThat(TestMail.text(german.get(0))).contains("Online teilnehmen: http://localhost:")
                .contains("/courses/" + course.code());
        assertThat(TestMail.text(german.get(1))).contains("Online teilnehmen: https://meet.example.org/"
                + course.code());
        List<MimeMessage> english = mails(nora, "Reminder: " + title + ", Mar 28, 2027, 4:00 AM EDT");
        assertThat(english).hasSize(2);
        assertThat(TestMail.text(english.get(1))).contains("A session of " + title + " begins on")
                .contains("Join online: https://meet.example.org/" + course.code());
    }

    @Test
    void anInPersonSessionAfterTheClocksGoBackSaysWhereItMeetsAtTheRightLocalHour() throws Exception {
        // Sunday 31 October 2027, 10:00 in Berlin, hours after the clocks went back (09:00 UTC)
        Instant start = Instant.parse("2027-10-31T09:00:00Z");
        String title = "Autumn session " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).zone(BERLIN).inPerson("Gartenhaus, Berlin")
                .capacity(10).firstSessionAt(start).weeklySessions(1).create(catalog);
        OAuth2AuthenticationToken greta = member("Greta Herbst", "de-DE", BERLIN);
        TestLogins.as(greta, () -> enrollment.enroll(offering));

        // the day before at 11:00 summer time is exactly 24 hours earlier
        recordBetween(Instant.parse("2027-10-30T08:59:00Z"), Instant.parse("2027-10-30T09:00:00Z"));
        SystemAuthentication.asSystem(() -> sender.sendDue(Instant.parse("2027-10-30T09:00:00Z")));

        MimeMessage mail = mails(greta, "Erinnerung: " + title + ", 31.10.2027, 10:00 MEZ").get(0);
        assertThat(TestMail.text(mail)).contains("Ort: Gartenhaus, Berlin");
    }

    @Test
    void aHybridSessionGivesBothTheJoinLinkAndTheVenue() throws Exception {
        Instant start = Instant.parse("2027-06-15T16:00:00Z");
        String title = "Hybrid session " + UUID.randomUUID().toString().substring(0, 6);
        TestOffering course = TestOffering.offering().title(title).hybrid("Studio Zen").capacity(10)
                .firstSessionAt(start).weeklySessions(1);
        OfferingId offering = course.create(catalog);
        OAuth2AuthenticationToken hana = member("Hana Hybrid", "en-GB", ZoneId.of("Europe/London"));
        TestLogins.as(hana, () -> enrollment.enroll(offering));

        recordBetween(start.minus(Duration.ofHours(1)).minusSeconds(60), start.minus(Duration.ofHours(1)));
        SystemAuthentication.asSystem(() -> sender.sendDue(start.minus(Duration.ofHours(1))));

        MimeMessage mail = TestMail.to(TestLogins.email(subject(hana))).stream()
                .filter(sent -> subjectOf(sent).startsWith("Reminder: " + title)).findFirst().orElseThrow();
        assertThat(TestMail.text(mail)).contains("Join online: https://meet.example.org/" + course.code())
                .contains("Or meet in person at: Studio Zen");
    }

    @Test
    void aMissedRunCatchesUpButNeverSendsTheDayBeforeReminderOnceTheHourBeforeOneIsDue() {
        Instant start = Instant.parse("2028-05-10T15:00:00Z");
        OfferingId offering = TestOffering.offering().title("Catch-up " + UUID.randomUUID()).capacity(10)
                .firstSessionAt(start).weeklySessions(1).create(catalog);
        OAuth2AuthenticationToken ada = TestLogins.signedUp(members, "Ada Asleep");
        TestLogins.as(ada, () -> enrollment.enroll(offering));
        SystemAuthentication.asSystem(() -> reminders.recordDue(start.minus(Duration.ofHours(30))));

        // the portal was down from 30 hours before until 50 minutes before the session
        SystemAuthentication.asSystem(() -> reminders.recordDue(start.minus(Duration.ofMinutes(50))));

        assertThat(jdbc.queryForList("SELECT dedup_key FROM notification WHERE kind = 'SESSION_REMINDER'"
                + " AND dedup_key LIKE ?", String.class, "reminder-%-" + offering.value() + "-%"))
                .singleElement().asString().startsWith("reminder-60-");
        // a run that comes again at the same moment records nothing more
        assertThat(SystemAuthentication.asSystem(() -> reminders.recordDue(start.minus(Duration.ofMinutes(50)))))
                .isZero();
    }

    private void recordBetween(Instant since, Instant now) {
        transaction.executeWithoutResult(status -> reminders.recordBetween(since, now));
    }

    private int reminders(OfferingId offering) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'SESSION_REMINDER'"
                + " AND dedup_key LIKE ?", Integer.class, "reminder-%-" + offering.value() + "-%");
    }

    private OAuth2AuthenticationToken member(String name, String language, ZoneId zone) {
        OAuth2AuthenticationToken token = TestLogins.token("reminded-" + UUID.randomUUID(), name);
        members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, subject(token)), name,
                TestLogins.email(subject(token)), language);
        TestLogins.as(token, () -> members.preferTimeZone(zone));
        return token;
    }

    private static List<MimeMessage> mails(OAuth2AuthenticationToken member, String subject) {
        return TestMail.to(TestLogins.email(subject(member))).stream().filter(mail -> {
            try {
                return subject.equals(mail.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(OAuth2AuthenticationToken token) {
        return token.getPrincipal().getAttribute("sub");
    }
}

package org.centerformsc.portal.practice;

import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.TestOutbox;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The opt-in daily practice reminder on the real MariaDB and a real SMTP server (GreenMail): nothing before the
 * member's local time, one e-mail at it in their language however often the job runs, none when off or far too late.
 */
@IntegrationTest
class PracticeReminderDeliveryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime HALF_PAST_SEVEN = LocalTime.of(7, 30);

    @Autowired
    PracticeReminders job;

    @Autowired
    PracticeReminderService reminders;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aGermanMemberIsRemindedOnceAtHalfPastSevenBerlinTimeInGerman() throws Exception {
        String subject = "greta-" + UUID.randomUUID();
        OAuth2AuthenticationToken greta = TestLogins.token(subject, "Greta Übung");
        members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, subject), "Greta Übung", TestLogins.email(subject),
                "de-DE");
        TestLogins.as(greta, () -> members.preferTimeZone(BERLIN));
        long member = TestLogins.as(greta, members::currentMemberId).value();

        TestLogins.as(greta, () -> reminders.remindMe(true, HALF_PAST_SEVEN));
        Instant due = nextAt(member);
        assertThat(due.atZone(BERLIN).toLocalTime()).isEqualTo(HALF_PAST_SEVEN);
        assertThat(due).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));

        job.remindDue(due.minusSeconds(60));
        assertThat(reminded(member)).isZero();

        job.remindDue(due);
        job.remindDue(due);
        assertThat(reminded(member)).isEqualTo(1);
        assertThat(nextAt(member).atZone(BERLIN)).isEqualTo(due.atZone(BERLIN).plusDays(1));

        // a second node that still saw the same reminder due records nothing more
        jdbc.update("UPDATE practice_reminder SET next_at = ? WHERE member_id = ?", utc(due), member);
        job.remindDue(due.plusSeconds(30));
        assertThat(reminded(member)).isEqualTo(1);

        TestOutbox.deliver(context);
        List<MimeMessage> mails = TestMail.to(TestLogins.email(subject));
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Ein Moment für Ihre Praxis");
            assertThat(TestMail.text(mail)).contains("Guten Tag Greta Übung,")
                    .contains("Dies ist die Übungserinnerung, um die Sie gebeten haben.").contains("/practice");
        });
    }

    @Test
    void aReminderTurnedOffComesNoMore() {
        OAuth2AuthenticationToken olaf = TestLogins.signedUp(members, "Olaf Off");
        long member = TestLogins.as(olaf, members::currentMemberId).value();
        TestLogins.as(olaf, () -> reminders.remindMe(true, LocalTime.of(8, 0)));
        Instant due = nextAt(member);

        PracticeReminderSetting off = TestLogins.as(olaf, () -> reminders.remindMe(false, LocalTime.of(8, 0)));
        job.remindDue(due);

        assertThat(off.on()).isFalse();
        assertThat(TestLogins.as(olaf, reminders::myReminder).on()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM practice_reminder WHERE member_id = ?", Integer.class,
                member)).isZero();
        assertThat(reminded(member)).isZero();
    }

    @Test
    void onWithoutATimeIsRefusedAndNothingIsStoredOrChanged() {
        OAuth2AuthenticationToken nina = TestLogins.signedUp(members, "Nina Notime");
        OAuth2AuthenticationToken kai = TestLogins.signedUp(members, "Kai Kept");
        TestLogins.as(kai, () -> reminders.remindMe(true, HALF_PAST_SEVEN));

        for (OAuth2AuthenticationToken member : List.of(nina, kai)) {
            assertThatThrownBy(() -> TestLogins.as(member, () -> reminders.remindMe(true, null)))
                    .isInstanceOfSatisfying(PracticeInputRefused.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("practice.reminder.refused.time"));
        }

        assertThat(TestLogins.as(nina, reminders::myReminder).on()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM practice_reminder WHERE member_id = ?", Integer.class,
                TestLogins.as(nina, members::currentMemberId).value())).isZero();
        assertThat(TestLogins.as(kai, reminders::myReminder)).satisfies(kept -> {
            assertThat(kept.on()).isTrue();
            assertThat(kept.at()).isEqualTo(HALF_PAST_SEVEN);
        });
    }

    @Test
    void aReminderHoursLateIsNotSentButTheNextDaysComes() {
        OAuth2AuthenticationToken late = TestLogins.signedUp(members, "Lena Late");
        OAuth2AuthenticationToken later = TestLogins.signedUp(members, "Lars Later");
        long lateMember = TestLogins.as(late, members::currentMemberId).value();
        long laterMember = TestLogins.as(later, members::currentMemberId).value();
        TestLogins.as(late, () -> reminders.remindMe(true, LocalTime.of(6, 0)));
        TestLogins.as(later, () -> reminders.remindMe(true, LocalTime.of(6, 0)));
        Instant due = nextAt(lateMember);
        jdbc.update("UPDATE practice_reminder SET next_at = ? WHERE member_id = ?",
                utc(due.minus(Duration.ofHours(2))), laterMember);

        // the portal was down: the run comes two hours after one reminder's moment, four after the other's
        job.remindDue(due.plus(Duration.ofHours(2)));

        assertThat(reminded(lateMember)).isEqualTo(1);
        assertThat(reminded(laterMember)).isZero();
        assertThat(nextAt(lateMember)).isEqualTo(due.plus(Duration.ofDays(1)));
        assertThat(nextAt(laterMember)).isEqualTo(due.plus(Duration.ofDays(1)));
    }

    @Test
    void aNewZoneBringsTheNextReminderAtTheSameLocalTimeThere() {
        OAuth2AuthenticationToken mover = TestLogins.signedUp(members, "Mia Mover");
        long member = TestLogins.as(mover, members::currentMemberId).value();
        TestLogins.as(mover, () -> members.preferTimeZone(BERLIN));
        TestLogins.as(mover, () -> reminders.remindMe(true, HALF_PAST_SEVEN));
        ZoneId newYork = ZoneId.of("America/New_York");

        TestLogins.as(mover, () -> members.preferTimeZone(newYork));

        assertThat(nextAt(member).atZone(newYork).toLocalTime()).isEqualTo(HALF_PAST_SEVEN);
        assertThat(nextAt(member)).isAfter(Instant.now());
        assertThat(TestLogins.as(mover, reminders::myReminder).zone()).isEqualTo(newYork);

        TestLogins.as(mover, () -> members.preferTimeZone(null));

        assertThat(nextAt(member).atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(HALF_PAST_SEVEN);
    }

    private int reminded(long member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE member_id = ? AND kind = ?",
                Integer.class, member, "PRACTICE_REMINDER");
    }

    private Instant nextAt(long member) {
        return jdbc.queryForObject("SELECT next_at FROM practice_reminder WHERE member_id = ?", LocalDateTime.class,
                member).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }
}

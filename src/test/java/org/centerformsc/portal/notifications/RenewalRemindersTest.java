package org.centerformsc.portal.notifications;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.TestTeachers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certified teachers hear of their renewal 60, 30 and 7 days before it is due (the portal's day, UTC), each once
 * however often the daily job runs. The job runs "as of" a day, as the scheduler does with the portal's clock.
 */
@IntegrationTest
class RenewalRemindersTest {

    @Autowired
    RenewalReminders reminders;

    @Autowired
    PathwayService pathway;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    TestTeachers teachers;

    @BeforeEach
    void teachers() {
        teachers = new TestTeachers(context);
    }

    @Test
    void sixtyDaysBeforeTheRenewalOneReminderInTheTeachersLanguageAndNotADayEarlier() throws Exception {
        OAuth2AuthenticationToken greta = Inbox.german(members, "Greta " + teachers.tag, Roles.TEACHER);
        MemberId id = certified(greta);
        LocalDate due = renewalDue(id);

        reminders.remind(due.minusDays(61));
        assertThat(reminders(id)).isEmpty();

        reminders.remind(due.minusDays(60));
        reminders.remind(due.minusDays(60));
        assertThat(reminders(id)).containsExactly(due + "/60");
        TestOutbox.deliver(context);

        String day = TimeFormats.day(due, Locale.GERMAN);
        assertThat(Inbox.only(greta, "Die Erneuerung Ihrer Zertifizierung ist am " + day + " fällig"))
                .contains("Ihre Zertifizierung als Lehrperson muss am " + day + " erneuert werden, also in 60 Tagen.")
                .contains("Meine Ausbildung").contains("/teaching/training");
    }

    @Test
    void thirtyAndSevenDaysBeforeComeEachOnceAndOtherDaysTellNothing() {
        MemberId id = certified(teachers.teacher("Renewing"));
        LocalDate due = renewalDue(id);

        for (int before = 62; before >= 0; before--) {
            reminders.remind(due.minusDays(before));
        }
        reminders.remind(due.minusDays(7));

        assertThat(reminders(id)).containsExactly(due + "/60", due + "/30", due + "/7");
    }

    @Test
    void aReminderThatAMissedRunLeftOutIsMadeUpOnceWithTheDaysThatAreLeft() {
        MemberId id = certified(teachers.teacher("Late"));
        LocalDate due = renewalDue(id);

        reminders.remind(due.minusDays(59));
        reminders.remind(due.minusDays(58));
        reminders.remind(due.minusDays(57));

        assertThat(reminders(id)).containsExactly(due + "/59");
    }

    @Test
    void anExtendedRenewalIsRemindedAgainstItsNewDay() {
        MemberId id = certified(teachers.teacher("Extended"));
        LocalDate original = renewalDue(id);
        LocalDate extended = original.plusDays(45);
        TestLogins.asStaff(() -> {
            pathway.grantExtension(id, Pathway.DeadlineKind.RENEWAL, extended, "Parental leave");
            return null;
        });

        reminders.remind(original.minusDays(30));
        reminders.remind(extended.minusDays(30));

        assertThat(reminders(id)).containsExactly(extended + "/30");
    }

    /** Trained two years ago, certified half a year after: the renewal is due about a year and a half from now. */
    private MemberId certified(OAuth2AuthenticationToken teacher) {
        MemberId id = teachers.id(teacher);
        teachers.certified(id, LocalDate.now(clock).minusYears(2));
        return id;
    }

    private LocalDate renewalDue(MemberId teacher) {
        return TestLogins.asStaff(() -> pathway.trainingOf(teacher)).pathway().renewalCycle().orElseThrow().due();
    }

    /** The teacher's renewal reminders as "due day/days before", oldest first. */
    private List<String> reminders(MemberId teacher) {
        return jdbc.queryForList("""
                SELECT CONCAT(JSON_VALUE(params, '$[0]'), '/', JSON_VALUE(params, '$[1]')) FROM notification
                WHERE member_id = ? AND kind = 'RENEWAL_DUE' ORDER BY id""", String.class, teacher.value())
                .stream().map(reminder -> reminder.substring((Notifications.MARK + "day:").length())).toList();
    }
}

package org.centerformsc.portal.notifications;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.NewProgram;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.OutsideCompletion;
import org.centerformsc.portal.eligibility.ApplicationRefused;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.TestTeachers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff decisions reach the member they concern, by e-mail in the member's language with a link to where they act:
 * completion claims, applications, teacher evidence and extended deadlines.
 */
@IntegrationTest
class DecisionNotificationsTest {

    @Autowired
    CompletionService completions;

    @Autowired
    EligibilityService eligibility;

    @Autowired
    PathwayService pathway;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void aVerifiedClaimNamesTheProgramAndLinksToMyPath() throws Exception {
        String program = program("Mindful Parenting");
        OAuth2AuthenticationToken ada = TestLogins.signedUp(members, "Ada Claimant");
        long claim = claim(ada, program);

        TestLogins.asStaff(() -> {
            completions.verify(claim);
            return null;
        });
        TestOutbox.deliver(context);

        String mail = Inbox.only(ada, "Your completion claim: Mindful Parenting " + program);
        assertThat(mail).contains("Dear Ada Claimant,")
                .contains("Your completion of Mindful Parenting " + program + " is verified.")
                .contains("/my-path");
    }

    @Test
    void aRejectedClaimIsToldInGermanWithTheReason() throws Exception {
        String program = program("Achtsamkeit");
        OAuth2AuthenticationToken greta = Inbox.german(members, "Greta Abschluss");
        long claim = claim(greta, program);

        TestLogins.asStaff(() -> {
            completions.reject(claim, "Die Organisation kennt diesen Kurs nicht.");
            return null;
        });
        TestOutbox.deliver(context);

        String mail = Inbox.only(greta, "Ihr gemeldeter Abschluss: Achtsamkeit " + program);
        assertThat(mail).contains("Guten Tag Greta Abschluss,")
                .contains("Ihr gemeldeter Abschluss in Achtsamkeit " + program + " wurde nicht anerkannt. Der Grund: "
                        + "Die Organisation kennt diesen Kurs nicht.")
                .contains("/my-path");
    }

    @Test
    void anApprovedApplicationLinksToTheCourseWhereTheMemberEnrolls() throws Exception {
        TestOffering course = TestOffering.offering().title("SCIP Level 1 " + UUID.randomUUID().toString()
                .substring(0, 6));
        OfferingId offering = course.create(catalog);
        OAuth2AuthenticationToken ada = TestLogins.signedUp(members, "Ada Applicant");
        MemberId id = apply(ada, offering);

        TestLogins.asStaff(() -> {
            eligibility.approveApplication(offering, id);
            return null;
        });
        TestOutbox.deliver(context);

        String title = catalog.offering(offering).orElseThrow().card().title();
        assertThat(Inbox.only(ada, "Your application: " + title))
                .contains("Your application for " + title + " is approved. You can now enroll in it.")
                .contains("/courses/" + course.code());
        assertThat(TestLogins.as(ada, () -> eligibility.myApplicationStatus(offering))).contains("APPROVED");
    }

    @Test
    void aDeclinedApplicationNeedsAReasonWhichTheMemberReadsInGerman() throws Exception {
        OfferingId offering = TestOffering.offering().title("SCIP " + UUID.randomUUID().toString().substring(0, 6))
                .create(catalog);
        OAuth2AuthenticationToken greta = Inbox.german(members, "Greta Bewerbung");
        MemberId id = apply(greta, offering);

        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            eligibility.declineApplication(offering, id, "  ");
            return null;
        })).isInstanceOf(ApplicationRefused.class).hasMessage("staff.applications.refused.reason");
        TestLogins.asStaff(() -> {
            eligibility.declineApplication(offering, id, "Zuerst braucht es den Grundkurs.");
            return null;
        });
        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            eligibility.approveApplication(offering, id);
            return null;
        })).isInstanceOf(ApplicationRefused.class).hasMessage("staff.applications.refused.decided");
        TestOutbox.deliver(context);

        String title = catalog.offering(offering).orElseThrow().card().title();
        assertThat(Inbox.only(greta, "Ihre Bewerbung: " + title))
                .contains("Ihre Bewerbung für " + title + " wurde leider nicht angenommen. Der Grund: "
                        + "Zuerst braucht es den Grundkurs.")
                .contains("/my-path");
        assertThat(count(id, "APPLICATION_DECIDED")).isEqualTo(1);
    }

    @Test
    void verifiedAndRejectedEvidenceIsToldByTheNameTheTeacherGaveIt() throws Exception {
        TestTeachers teachers = new TestTeachers(context);
        OAuth2AuthenticationToken greta = Inbox.german(members, "Greta " + teachers.tag, Roles.TEACHER);
        LocalDate today = LocalDate.now(clock);
        TestLogins.as(greta, () -> {
            pathway.logContinuingEducation(today.minusDays(10), "Wochenende Yoga " + teachers.tag, 600);
            pathway.logContinuingEducation(today.minusDays(5), "Compassion Lab " + teachers.tag, 120);
            return null;
        });
        var timeline = TestLogins.as(greta, pathway::myTraining).timeline();
        long compassion = timeline.get(0).evidenceId();
        long yoga = timeline.get(1).evidenceId();

        TestLogins.asStaff(() -> {
            pathway.rejectEvidence(yoga, "Kein MSC-Thema");
            pathway.verifyEvidence(compassion);
            return null;
        });
        TestOutbox.deliver(context);

        assertThat(Inbox.only(greta, "Ihr Nachweis als Lehrperson: Wochenende Yoga " + teachers.tag))
                .contains("Ihr Nachweis „Wochenende Yoga " + teachers.tag + "“ wurde nicht anerkannt. Der Grund: "
                        + "Kein MSC-Thema")
                .contains("/teaching/training");
        assertThat(Inbox.only(greta, "Ihr Nachweis als Lehrperson: Compassion Lab " + teachers.tag))
                .contains("Ihr Nachweis „Compassion Lab " + teachers.tag + "“ ist bestätigt");
    }

    @Test
    void anExtendedDeadlineNamesWhatItIsForAndTheNewDayInTheReadersLanguage() throws Exception {
        TestTeachers teachers = new TestTeachers(context);
        OAuth2AuthenticationToken greta = Inbox.german(members, "Greta " + teachers.tag, Roles.TEACHER);
        MemberId id = teachers.id(greta);
        LocalDate today = LocalDate.now(clock);
        teachers.trained(id, today.minusYears(3).minusMonths(1));
        LocalDate newDue = today.plusMonths(6);

        TestLogins.asStaff(() -> {
            pathway.grantExtension(id, Pathway.DeadlineKind.CERTIFICATION, newDue, "Krankheit");
            return null;
        });
        TestOutbox.deliver(context);

        assertThat(Inbox.only(greta, "Frist verlängert: Zertifizierung"))
                .contains("Ihre Frist für Zertifizierung wurde bis " + TimeFormats.day(newDue, Locale.GERMAN)
                        + " verlängert.")
                .contains("/teaching/training");
    }

    private String program(String name) {
        String code = "N-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        TestLogins.asStaff(() -> {
            catalog.addProgramIfAbsent(new NewProgram(code, name + " " + code, "A program for tests"));
            return null;
        });
        return code;
    }

    private long claim(OAuth2AuthenticationToken member, String program) {
        return TestLogins.as(member, () -> completions.claim(new OutsideCompletion(program, "Elsewhere",
                LocalDate.now(clock).minusMonths(2), null, null)));
    }

    private MemberId apply(OAuth2AuthenticationToken member, OfferingId offering) {
        return TestLogins.as(member, () -> {
            eligibility.apply(offering);
            return members.currentMemberId();
        });
    }

    private long count(MemberId member, String kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE member_id = ? AND kind = ?", Long.class,
                member.value(), kind);
    }
}

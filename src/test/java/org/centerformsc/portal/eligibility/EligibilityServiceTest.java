package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.OutsideCompletion;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.practice.PracticeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Prerequisites end to end on the real MariaDB: rules judged on completions, practice, courses being taken and
 * applications, and the enrollment gate.
 */
@IntegrationTest
class EligibilityServiceTest {

    @Autowired
    EligibilityService eligibility;

    @Autowired
    PrerequisiteService prerequisites;

    @Autowired
    CompletionService completions;

    @Autowired
    PracticeService practice;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Test
    void practiceMakesAMemberWithAFullMscProgramEligibleAndTheServerEnforcesIt() {
        Programs p = programs();
        OfferingId advanced = TestOffering.offering().program(p.advanced).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Paula Practice");
        recordCompletion(member, p.base, LocalDate.of(2025, 6, 1));

        Explanation before = TestLogins.as(member, () -> eligibility.explain(advanced)).orElseThrow();
        assertThat(before.verdict().kind()).isEqualTo(Verdict.Kind.NOT_YET);
        assertThat(before.verdict().missing()).containsExactly(new Missing.Practice(20, 30, 0));
        // the view is bypassed: the service itself refuses
        assertThatThrownBy(() -> TestLogins.as(member, () -> enrollment.enroll(advanced)))
                .isInstanceOf(EnrollmentRefused.class).hasMessage("enrollment.refused.noteligible");

        LocalDate today = Instant.now().atZone(ZoneOffset.UTC).toLocalDate();
        TestLogins.as(member, () -> {
            for (int day = 0; day < 20; day++) {
                practice.log(today.minusDays(day), 15, "Affectionate Breathing", null);
            }
            return null;
        });

        assertThat(TestLogins.as(member, () -> eligibility.explain(advanced)).orElseThrow().verdict().kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
        assertThat(TestLogins.as(member, () -> enrollment.enroll(advanced)).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(TestLogins.as(member, () -> practice.mySummary(java.time.YearMonth.from(today))).streak())
                .isEqualTo(20);
    }

    @Test
    void aPrerequisiteCourseTheMemberIsTakingMakesThemEligibleFromItsEnd() {
        Programs p = programs();
        Instant baseStart = Instant.now().plus(Duration.ofDays(10));
        OfferingId base = TestOffering.offering().program(p.base).firstSessionAt(baseStart).create(catalog);
        OfferingId advanced = TestOffering.offering().program(p.advanced)
                .firstSessionAt(Instant.now().plus(Duration.ofDays(60))).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Finn From");
        TestLogins.as(member, () -> enrollment.enroll(base));
        logPractice(member, 20);

        Verdict verdict = TestLogins.as(member, () -> eligibility.explain(advanced)).orElseThrow().verdict();

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.ELIGIBLE_FROM);
        assertThat(verdict.eligibleFrom()).isEqualTo(baseStart.plus(Duration.ofHours(2))
                .atZone(java.time.ZoneId.of("America/Los_Angeles")).toLocalDate());
    }

    @Test
    void monthsBeforeCountsDaysInTheOfferingsOwnZone() {
        Programs p = programs();
        String program = "TOKYO-" + UUID.randomUUID().toString().substring(0, 6);
        // Feb 28 2027, 8 am in Tokyo is still Feb 27 in UTC: only the local day makes Dec 31 + 2 months early enough
        OfferingId tokyo = TestOffering.offering().program(program).zone(java.time.ZoneId.of("Asia/Tokyo"))
                .firstSessionAt(java.time.ZonedDateTime.of(2027, 2, 28, 8, 0, 0, 0, java.time.ZoneId.of("Asia/Tokyo"))
                        .toInstant()).create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save(program, Rule.completed(p.base, 2));
            return null;
        });
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Toshi Tokyo");
        recordCompletion(member, p.base, LocalDate.of(2026, 12, 31));

        assertThat(TestLogins.as(member, () -> eligibility.explain(tokyo)).orElseThrow().verdict().kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
    }

    @Test
    void aClaimCountsOnlyOnceVerifiedAndEveryChangeIsAudited() {
        Programs p = programs();
        OfferingId advanced = TestOffering.offering().program(p.advanced).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Clara Claim");
        logPractice(member, 25);
        long claim = TestLogins.as(member, () -> completions.claim(new OutsideCompletion(p.base, "Compassion Institute",
                LocalDate.of(2024, 5, 1), "certificate.pdf", "%PDF-1.7 test".getBytes())));

        assertThat(TestLogins.as(member, () -> eligibility.explain(advanced)).orElseThrow().verdict().kind())
                .isEqualTo(Verdict.Kind.NOT_YET);
        TestLogins.asStaff(() -> {
            completions.verify(claim);
            return null;
        });

        assertThat(TestLogins.as(member, () -> eligibility.explain(advanced)).orElseThrow().verdict().kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
        var history = TestLogins.asStaff(() -> completions.history(claim));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(0).after()).contains("status=PENDING").contains("organisation=Compassion Institute");
        assertThat(history.get(0).changedBy()).startsWith("Clara Claim");
        assertThat(history.get(1).before()).contains("status=PENDING");
        assertThat(history.get(1).after()).contains("status=VERIFIED");
        assertThat(history.get(1).changedBy()).isEqualTo("system");
    }

    @Test
    void anApprovedApplicationOpensAnOfferingThatRequiresOne() {
        String program = "APP-" + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().program(program).create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save(program, Rule.approvedApplication());
            return null;
        });
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Ada Applicant");
        assertThat(TestLogins.as(member, () -> eligibility.explain(offering)).orElseThrow().verdict().missing())
                .containsExactly(new Missing.Application());

        TestLogins.as(member, () -> {
            eligibility.apply(offering);
            return null;
        });
        MemberId memberId = TestLogins.as(member, members::currentMemberId);
        TestLogins.asStaff(() -> {
            eligibility.approveApplication(offering, memberId);
            return null;
        });

        assertThat(TestLogins.as(member, () -> eligibility.explain(offering)).orElseThrow().verdict().kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
    }

    @Test
    void aDailyPracticeWithNumbersOfItsOwnReadsThePracticeLogOverItsOwnWindow() {
        Programs p = programs();
        OfferingId advanced = TestOffering.offering().program(p.advanced).create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save(p.advanced, Rule.allOf(Rule.completed(p.base), Rule.dailyPractice(3, 5)));
            return null;
        });
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Wendy Window");
        recordCompletion(member, p.base, LocalDate.of(2025, 6, 1));
        logPractice(member, 2);

        assertThat(TestLogins.as(member, () -> eligibility.explain(advanced)).orElseThrow().verdict().missing())
                .containsExactly(new Missing.Practice(3, 5, 2));

        logPractice(member, 3);

        assertThat(TestLogins.as(member, () -> eligibility.explain(advanced)).orElseThrow().verdict().kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
    }

    private record Programs(String base, String advanced) {
    }

    /** A base program and an advanced one requiring it and a daily practice, unique to the calling test. */
    private Programs programs() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Programs programs = new Programs("BASE-" + suffix, "ADV-" + suffix);
        TestOffering.offering().program(programs.base()).create(catalog);
        TestOffering.offering().program(programs.advanced()).create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save(programs.advanced(), Rule.allOf(Rule.completed(programs.base()), Rule.dailyPractice()));
            return null;
        });
        return programs;
    }

    private void recordCompletion(OAuth2AuthenticationToken member, String program, LocalDate day) {
        MemberId id = TestLogins.as(member, members::currentMemberId);
        TestLogins.asStaff(() -> completions.recordVerified(id, program, null, day));
    }

    private void logPractice(OAuth2AuthenticationToken member, int days) {
        LocalDate today = Instant.now().atZone(ZoneOffset.UTC).toLocalDate();
        TestLogins.as(member, () -> {
            for (int day = 0; day < days; day++) {
                practice.log(today.minusDays(day), 10, "Soothing Touch", null);
            }
            return null;
        });
    }
}

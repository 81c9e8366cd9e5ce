package org.centerformsc.portal.completion;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Completions on the real MariaDB: claims, the roster, and the audit trail staff search. */
@IntegrationTest
class CompletionServiceTest {

    @Autowired
    CompletionService completions;

    @Autowired
    RosterService rosters;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void claimsAreValidatedAndRejectionsNeedAReason() {
        String base = program("BASE");
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Vic Validate");

        assertThatThrownBy(() -> TestLogins.as(member, () -> completions.claim(new OutsideCompletion(base, "Org",
                LocalDate.of(2024, 5, 1), "photo.gif", "GIF89a".getBytes()))))
                .isInstanceOf(CompletionInputRefused.class).hasMessage("claim.refused.certificate.type");
        assertThatThrownBy(() -> TestLogins.as(member, () -> completions.claim(new OutsideCompletion(base, "Org",
                LocalDate.now().plusDays(10), null, null))))
                .isInstanceOf(CompletionInputRefused.class).hasMessage("claim.refused.date");
        assertThatThrownBy(() -> TestLogins.as(member, () -> completions.claim(new OutsideCompletion(base, " ",
                LocalDate.of(2024, 5, 1), null, null))))
                .isInstanceOf(CompletionInputRefused.class).hasMessage("claim.refused.organisation");

        long claim = TestLogins.as(member, () -> completions.claim(new OutsideCompletion(base, "Org",
                LocalDate.of(2024, 5, 1), null, null)));
        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            completions.reject(claim, " ");
            return null;
        })).isInstanceOf(CompletionInputRefused.class).hasMessage("claim.refused.reason");
        TestLogins.asStaff(() -> {
            completions.reject(claim, "We could not confirm this course with the organisation.");
            return null;
        });
        assertThat(TestLogins.as(member, completions::myCompletions)).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(CompletionStatus.REJECTED);
            assertThat(line.rejectionReason()).isEqualTo("We could not confirm this course with the organisation.");
        });
    }

    @Test
    void onlyTheOfferingsOwnTeacherMarksItsParticipantsComplete() {
        OfferingId base = TestOffering.offering().program(program("BASE")).create(catalog);
        OAuth2AuthenticationToken teacher = TestLogins.signedUp(members, "Tara Teacher", Roles.TEACHER);
        OAuth2AuthenticationToken otherTeacher = TestLogins.signedUp(members, "Oscar Other", Roles.TEACHER);
        MemberId teacherId = TestLogins.as(teacher, members::currentMemberId);
        TestLogins.asStaff(() -> {
            catalog.assignInstructor(base, teacherId);
            return null;
        });
        OAuth2AuthenticationToken participant = TestLogins.signedUp(members, "Pia Participant");
        TestLogins.as(participant, () -> enrollment.enroll(base));
        MemberId participantId = TestLogins.as(participant, members::currentMemberId);

        assertThatThrownBy(() -> TestLogins.as(otherTeacher, () -> rosters.roster(base)))
                .isInstanceOf(AccessDeniedException.class);
        TestLogins.as(teacher, () -> {
            rosters.markCompleted(base, participantId, true);
            return null;
        });

        assertThat(TestLogins.as(teacher, () -> rosters.roster(base)).rows()).singleElement()
                .satisfies(row -> assertThat(row.completed()).isTrue());
        assertThat(TestLogins.as(participant, completions::myCompletions)).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(CompletionStatus.VERIFIED);
            assertThat(line.source()).isEqualTo(CompletionSource.TEACHER);
        });
        TestLogins.as(teacher, () -> {
            rosters.markCompleted(base, participantId, false);
            return null;
        });
        assertThat(TestLogins.as(participant, completions::myCompletions)).singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo(CompletionStatus.REVOKED));
    }

    @Test
    void verifiedProgramsAreForTheMemberThemselvesAndStaff() {
        String base = program("BASE");
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Vera Verified");
        OAuth2AuthenticationToken other = TestLogins.signedUp(members, "Nosy Neighbour");
        MemberId id = TestLogins.as(member, members::currentMemberId);
        TestLogins.asStaff(() -> completions.recordVerified(id, base, null, LocalDate.of(2025, 3, 1)));
        TestLogins.as(member, () -> completions.claim(new OutsideCompletion(program("CLAIMED"), "Org",
                LocalDate.of(2024, 1, 1), null, null)));

        assertThat(TestLogins.as(member, () -> completions.verifiedProgramsOf(id)))
                .containsExactly(java.util.Map.entry(base, List.of(LocalDate.of(2025, 3, 1))));
        assertThat(TestLogins.asStaff(() -> completions.verifiedProgramsOf(id))).containsOnlyKeys(base);
        assertThatThrownBy(() -> TestLogins.as(other, () -> completions.verifiedProgramsOf(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffFindChangesByMemberProgramAndDayNewestFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = program("FIRST");
        String second = program("SECOND");
        OAuth2AuthenticationToken audrey = TestLogins.signedUp(members, "Audrey " + tag);
        OAuth2AuthenticationToken bert = TestLogins.signedUp(members, "Bert " + tag);
        MemberId audreyId = TestLogins.as(audrey, members::currentMemberId);
        MemberId bertId = TestLogins.as(bert, members::currentMemberId);
        TestLogins.asStaff(() -> completions.recordVerified(audreyId, first, null, LocalDate.of(2025, 1, 9)));
        TestLogins.asStaff(() -> completions.recordVerified(bertId, first, null, LocalDate.of(2025, 2, 9)));
        long claim = TestLogins.as(audrey, () -> completions.claim(new OutsideCompletion(second, "Elsewhere",
                LocalDate.of(2024, 6, 1), null, null)));
        TestLogins.asStaff(() -> {
            completions.verify(claim);
            return null;
        });

        List<AuditLine> audreys = changes(new AuditFilter("audrey " + tag.toUpperCase(), null, null, null));
        assertThat(audreys).extracting(AuditLine::programCode).containsExactly(second, second, first);
        assertThat(audreys).allSatisfy(line -> {
            assertThat(line.member()).isEqualTo(audreyId);
            assertThat(line.memberName()).isEqualTo("Audrey " + tag);
        });
        assertThat(audreys.get(0).programName()).isEqualTo("Program " + second);
        assertThat(audreys.get(0).before()).contains("status=PENDING");
        assertThat(audreys.get(0).after()).contains("status=VERIFIED");
        assertThat(audreys.get(0).changedBy()).isEqualTo("system");
        assertThat(audreys.get(1).before()).isNull();
        assertThat(audreys.get(1).changedBy()).startsWith("Audrey " + tag);
        assertThat(audreys).extracting(AuditLine::changedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String bertsMail = TestLogins.as(bert, () -> members.currentProfile().orElseThrow().email());
        assertThat(changes(new AuditFilter(bertsMail.substring(0, 12), null, null, null)))
                .extracting(AuditLine::member).containsExactly(bertId);
        assertThat(changes(new AuditFilter(tag, first, null, null))).extracting(AuditLine::member)
                .containsExactlyInAnyOrder(audreyId, bertId);
        Instant now = Instant.now();
        assertThat(changes(new AuditFilter(tag, null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)))))
                .hasSize(4);
        assertThat(changes(new AuditFilter(tag, null, now.plus(Duration.ofDays(1)), null))).isEmpty();
        assertThat(changes(new AuditFilter(tag, null, null, now.minus(Duration.ofDays(1))))).isEmpty();
        assertThat(changes(new AuditFilter("nobody-" + tag, null, null, null))).isEmpty();
    }

    @Test
    void theTrailIsPagedAndCountedInTheDatabase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Paige " + tag);
        MemberId id = TestLogins.as(member, members::currentMemberId);
        for (int i = 0; i < 5; i++) {
            String code = program("PAGE" + i);
            TestLogins.asStaff(() -> completions.recordVerified(id, code, null, LocalDate.of(2025, 1, 1)));
        }
        AuditFilter mine = new AuditFilter(tag, null, null, null);

        List<AuditLine> all = changes(mine);
        assertThat(TestLogins.asStaff(() -> completions.countChanges(mine))).isEqualTo(5);
        List<AuditLine> pages = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            int from = offset;
            pages.addAll(TestLogins.asStaff(() -> completions.changes(mine, from, 2)));
        }
        assertThat(pages).containsExactlyElementsOf(all);
    }

    @Test
    void aRangeEndingBeforeItStartsOrAMemberFilterMatchingTooManyIsRefused() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> changes(new AuditFilter(null, null, now, now.minus(Duration.ofDays(1)))))
                .isInstanceOf(CompletionInputRefused.class).hasMessage("staff.audit.refused.range");

        String crowd = "Crowd " + UUID.randomUUID().toString().substring(0, 8);
        Timestamp created = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= CompletionService.MAX_MATCHED_MEMBERS; i++) {
            rows.add(new Object[]{TestLogins.ISSUER, crowd + "-" + i, crowd + " " + i, created});
        }
        jdbc.batchUpdate("INSERT INTO member (issuer, subject, display_name, created_at) VALUES (?, ?, ?, ?)", rows);
        assertThatThrownBy(() -> changes(new AuditFilter(crowd, null, null, null)))
                .isInstanceOf(CompletionInputRefused.class).hasMessage("staff.audit.refused.members");
    }

    @Test
    void onlyStaffReadTheTrail() {
        OAuth2AuthenticationToken teacher = TestLogins.signedUp(members, "Tess Teacher", Roles.TEACHER);

        assertThatThrownBy(() -> TestLogins.as(teacher, () -> completions.changes(AuditFilter.everything(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(teacher, () -> completions.countChanges(AuditFilter.everything())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<AuditLine> changes(AuditFilter filter) {
        return TestLogins.asStaff(() -> completions.changes(filter, 0, 50));
    }

    /** A program of its own for the calling test, with one offering. */
    private String program(String kind) {
        String code = kind + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestOffering.offering().program(code).create(catalog);
        return code;
    }
}

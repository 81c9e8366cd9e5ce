package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff enrolling a member on their behalf on the real MariaDB: the prerequisites judge the member unless staff
 * override them, and an override needs a reason and is stored (who, why, when) with the place or not at all.
 */
@IntegrationTest
class StaffEnrollmentServiceTest {

    @Autowired
    StaffEnrollmentService staffEnrollment;

    @Autowired
    PrerequisiteService prerequisites;

    @Autowired
    EligibilityService eligibility;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutAnOverrideThePrerequisitesJudgeTheMember() {
        OfferingId advanced = advancedOffering(TestOffering.offering());
        Member member = member("Nell Notyet");
        OAuth2AuthenticationToken staff = staff();

        assertThatThrownBy(() -> TestLogins.as(staff, () -> staffEnrollment.enroll(advanced, member.id)))
                .isInstanceOf(EnrollmentRefused.class).hasMessage("seats.refused.noteligible");

        assertThat(placesOf(member)).isEmpty();
        assertThat(overridesOf(member)).isEmpty();
    }

    @Test
    void anOverrideNeedsAReasonAndStoresNothingWithoutOne() {
        OfferingId advanced = advancedOffering(TestOffering.offering());
        Member member = member("Rhea Reasonless");
        OAuth2AuthenticationToken staff = staff();

        for (String reason : new String[]{null, "", "   ", "x".repeat(1001)}) {
            assertThatThrownBy(() -> TestLogins.as(staff,
                    () -> staffEnrollment.enrollOverridingPrerequisites(advanced, member.id, reason)))
                    .isInstanceOf(EnrollmentRefused.class).hasMessage("seats.refused.reason");
        }

        assertThat(placesOf(member)).isEmpty();
        assertThat(overridesOf(member)).isEmpty();
    }

    @Test
    void anOverrideWithAReasonEnrollsTheMemberAndRecordsWhoWhyAndWhen() {
        OfferingId advanced = advancedOffering(TestOffering.offering());
        String program = catalog.offering(advanced).orElseThrow().card().programCode();
        Member member = member("Olga Override");
        OAuth2AuthenticationToken staff = staff();
        Instant before = Instant.now().minusSeconds(1);

        MyEnrollment place = TestLogins.as(staff, () -> staffEnrollment.enrollOverridingPrerequisites(advanced,
                member.id, "  Completed MSC with another organisation; certificate seen.  "));

        assertThat(place.status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(placesOf(member)).containsExactly(advanced);
        assertThat(overridesOf(member)).singleElement().satisfies(row -> {
            assertThat(row.get("program_code")).isEqualTo(program);
            assertThat(row.get("reason")).isEqualTo("Completed MSC with another organisation; certificate seen.");
            assertThat((String) row.get("granted_by")).startsWith("Sam Staff (");
            assertThat(((java.sql.Timestamp) row.get("granted_at")).toInstant()).isAfter(before);
        });
        // the override is eligibility's record: the member is now eligible for the program's other runs too
        assertThat(TestLogins.as(member.token, () -> eligibility.explain(advanced)).orElseThrow().verdict().kind())
                .isEqualTo(Verdict.Kind.ELIGIBLE);
    }

    @Test
    void anOverrideIsNotStoredWhenThePlaceIsRefused() {
        Instant now = Instant.now();
        OfferingId closed = advancedOffering(TestOffering.offering()
                .registration(now.minus(Duration.ofDays(10)), now.minus(Duration.ofMinutes(1)))
                .firstSessionAt(now.plus(Duration.ofDays(10))));
        Member member = member("Cleo Closed");

        assertThatThrownBy(() -> TestLogins.as(staff(), () -> staffEnrollment.enrollOverridingPrerequisites(closed,
                member.id, "Scholarship")))
                .isInstanceOf(EnrollmentRefused.class).hasMessage("enrollment.refused.closed");

        assertThat(overridesOf(member)).isEmpty();
    }

    @Test
    void onlyStaffEnrollOthersOrOverride() {
        OfferingId advanced = advancedOffering(TestOffering.offering());
        Member member = member("Ivo Intruder");
        OAuth2AuthenticationToken teacher = TestLogins.signedUp(members, "Tom Teacher", Roles.TEACHER);

        for (OAuth2AuthenticationToken who : List.of(member.token, teacher)) {
            assertThatThrownBy(() -> TestLogins.as(who, () -> staffEnrollment.enroll(advanced, member.id)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestLogins.as(who, () -> staffEnrollment.enrollOverridingPrerequisites(
                    advanced, member.id, "Because I say so"))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(placesOf(member)).isEmpty();
        assertThat(overridesOf(member)).isEmpty();
    }

    private record Member(MemberId id, OAuth2AuthenticationToken token) {
    }

    private Member member(String name) {
        OAuth2AuthenticationToken token = TestLogins.signedUp(members, name);
        return new Member(TestLogins.as(token, members::currentMemberId), token);
    }

    private OAuth2AuthenticationToken staff() {
        return TestLogins.signedUp(members, "Sam Staff", Roles.STAFF);
    }

    /** An offering of a program of its own that requires a base program nobody in these tests completed. */
    private OfferingId advancedOffering(TestOffering offering) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String base = "BASE-" + suffix;
        String advanced = "ADV-" + suffix;
        TestOffering.offering().program(base).create(catalog);
        OfferingId id = offering.program(advanced).create(catalog);
        asStaff(() -> {
            prerequisites.save(advanced, Rule.completed(base));
            return null;
        });
        return id;
    }

    private List<OfferingId> placesOf(Member member) {
        return TestLogins.as(member.token, () -> enrollment.myEnrollments()).stream()
                .map(MyEnrollment::offeringId).toList();
    }

    private List<Map<String, Object>> overridesOf(Member member) {
        return jdbc.queryForList("SELECT * FROM eligibility_override WHERE member_id = ?", member.id.value());
    }

    private static <T> T asStaff(Supplier<T> work) {
        return TestLogins.asStaff(work);
    }
}

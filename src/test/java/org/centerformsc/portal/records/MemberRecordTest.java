package org.centerformsc.portal.records;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.CompletionSource;
import org.centerformsc.portal.completion.CompletionStatus;
import org.centerformsc.portal.completion.OutsideCompletion;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.SubscriptionState;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.practice.PracticeService;
import org.centerformsc.portal.records.RecordsFixture.Member;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The member's page as a view model, and the actions staff take from it, each with its audit row. */
@IntegrationTest
class MemberRecordTest {

    @Autowired
    MemberRecordService records;

    @Autowired
    MemberActions actions;

    @Autowired
    MemberService members;

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CompletionService completions;

    @Autowired
    PracticeService practice;

    @Autowired
    GivingService giving;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRecordGathersEverySectionOfTheMember() {
        Member member = RecordsFixture.member(members, "Rae " + RecordsFixture.uniqueFamilyName());
        String program = program();
        OfferingId offering = TestOffering.offering().program(program).title("Record Course").capacity(1)
                .create(catalog);
        TestLogins.as(member.token(), () -> enrollment.enroll(offering));
        TestLogins.as(member.token(), () -> completions.claim(new OutsideCompletion(program, "Elsewhere Institute",
                LocalDate.of(2024, 5, 2), null, null)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestLogins.as(member.token(), () -> {
            practice.log(today, 10, "Affectionate Breathing", null);
            practice.log(today.minusDays(1), 10, "Affectionate Breathing", null);
            practice.log(today.minusDays(5), 10, "Soothing Touch", null);
            return giving.give(new BigDecimal("30"), "USD", Frequency.MONTHLY, Designation.GENERAL, null);
        });
        TestLogins.asStaff(() -> {
            giving.recordManualGift(member.id(), new Money(2_500, "EUR"), null, Instant.parse("2025-01-10T10:00:00Z"));
            return null;
        });

        MemberRecord record = TestLogins.asStaff(() -> records.record(member.id())).orElseThrow();

        assertThat(record.profile().displayName()).isEqualTo(member.name());
        assertThat(record.places()).singleElement().satisfies(line -> {
            assertThat(line.offeringTitle()).isEqualTo("Record Course");
            assertThat(line.place().status()).isEqualTo(EnrollmentStatus.ENROLLED);
        });
        assertThat(record.completions()).singleElement().satisfies(line -> {
            assertThat(line.source()).isEqualTo(CompletionSource.CLAIM);
            assertThat(line.status()).isEqualTo(CompletionStatus.PENDING);
            assertThat(line.organisation()).isEqualTo("Elsewhere Institute");
        });
        assertThat(record.practice().streak()).isEqualTo(2);
        assertThat(record.practice().daysInWindow()).isEqualTo(3);
        assertThat(record.recurringGifts()).singleElement().satisfies(gift -> {
            assertThat(gift.status()).isEqualTo(SubscriptionState.Status.ACTIVE);
            assertThat(gift.amount()).isEqualTo(new Money(3_000, "USD"));
        });
        // the monthly gift's first charge and the one recorded by hand
        assertThat(record.giftCount()).isEqualTo(2);
        assertThat(TestLogins.asStaff(() -> records.gifts(member.id(), 0, 1))).singleElement()
                .extracting(GiftSummary::amount).isEqualTo(new Money(3_000, "USD"));
        assertThat(TestLogins.asStaff(() -> records.gifts(member.id(), 1, 1))).singleElement()
                .extracting(GiftSummary::amount).isEqualTo(new Money(2_500, "EUR"));
        assertThat(record.replays()).isEmpty();
        assertThat(record.audit()).isEmpty();
    }

    @Test
    void noRecordForAMemberWhoDoesNotExistAndNoneForOtherRoles() {
        Member member = RecordsFixture.member(members, "Sid " + RecordsFixture.uniqueFamilyName());

        assertThat(TestLogins.asStaff(() -> records.record(new MemberId(Long.MAX_VALUE)))).isEmpty();
        assertThatThrownBy(() -> TestLogins.as(member.token(), () -> records.record(member.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(member.token(), () -> {
            actions.resendReceipt(member.id(), 1);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void enrollingOnTheirBehalfTakesAPlaceAndIsAudited() {
        Member member = RecordsFixture.member(members, "Tia " + RecordsFixture.uniqueFamilyName());
        OfferingId offering = TestOffering.offering().program(program()).capacity(5).create(catalog);
        String code = catalog.offering(offering).orElseThrow().card().code();

        TestLogins.asStaff(() -> actions.enroll(member.id(), offering, null));

        MemberRecord record = TestLogins.asStaff(() -> records.record(member.id())).orElseThrow();
        assertThat(record.places()).extracting(EnrollmentLine::offeringCode).containsExactly(code);
        assertThat(record.audit()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(StaffActionKind.ENROLLED);
            assertThat(line.detail()).isEqualTo(code + " ENROLLED");
            assertThat(line.actor()).isEqualTo("system");
            assertThat(line.actedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1,
                    ChronoUnit.MINUTES));
        });
    }

    @Test
    void aRefusedEnrollmentStoresNothingAndIsNotAudited() {
        Member member = RecordsFixture.member(members, "Uma " + RecordsFixture.uniqueFamilyName());
        OfferingId offering = TestOffering.offering().program(program()).capacity(5).create(catalog);
        TestLogins.asStaff(() -> actions.enroll(member.id(), offering, null));

        assertThatThrownBy(() -> TestLogins.asStaff(() -> actions.enroll(member.id(), offering, null)))
                .isInstanceOf(EnrollmentRefused.class);
        assertThatThrownBy(() -> TestLogins.asStaff(() -> actions.enroll(member.id(), offering, "  ")))
                .isInstanceOf(EnrollmentRefused.class).hasMessage("seats.refused.reason");

        assertThat(TestLogins.asStaff(() -> records.record(member.id())).orElseThrow().audit()).hasSize(1);
    }

    @Test
    void recordingACompletionVerifiesItAndIsAudited() {
        Member member = RecordsFixture.member(members, "Vic " + RecordsFixture.uniqueFamilyName());
        String program = program();
        TestOffering.offering().program(program).create(catalog);

        TestLogins.asStaff(() -> actions.recordCompletion(member.id(), program, LocalDate.of(2025, 3, 4)));

        MemberRecord record = TestLogins.asStaff(() -> records.record(member.id())).orElseThrow();
        assertThat(record.completions()).singleElement().satisfies(line -> {
            assertThat(line.programCode()).isEqualTo(program);
            assertThat(line.status()).isEqualTo(CompletionStatus.VERIFIED);
            assertThat(line.source()).isEqualTo(CompletionSource.STAFF);
            assertThat(line.completedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
        });
        assertThat(record.audit()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(StaffActionKind.COMPLETION_RECORDED);
            assertThat(line.detail()).isEqualTo(program + " 2025-03-04");
        });
    }

    @Test
    void aCompletionOfAnUnknownProgramOrOnAFutureDayIsRefusedAndNothingStored() {
        Member member = RecordsFixture.member(members, "Wyn " + RecordsFixture.uniqueFamilyName());
        String program = program();
        TestOffering.offering().program(program).create(catalog);

        assertThatThrownBy(() -> TestLogins.asStaff(() -> actions.recordCompletion(member.id(), "NO-SUCH-PROGRAM",
                LocalDate.of(2025, 3, 4)))).isInstanceOf(MemberActionRefused.class)
                .hasMessage("records.refused.program");
        assertThatThrownBy(() -> TestLogins.asStaff(() -> actions.recordCompletion(member.id(), program,
                LocalDate.now(ZoneOffset.UTC).plusDays(3)))).isInstanceOf(MemberActionRefused.class)
                .hasMessage("records.refused.day");
        assertThatThrownBy(() -> TestLogins.asStaff(() -> actions.recordCompletion(member.id(), program, null)))
                .isInstanceOf(MemberActionRefused.class);

        MemberRecord record = TestLogins.asStaff(() -> records.record(member.id())).orElseThrow();
        assertThat(record.completions()).isEmpty();
        assertThat(record.audit()).isEmpty();
    }

    @Test
    void resendingAReceiptWritesANewReceiptNotificationAndIsAudited() {
        Member member = RecordsFixture.member(members, "Xan " + RecordsFixture.uniqueFamilyName());
        TestLogins.asStaff(() -> {
            giving.recordManualGift(member.id(), new Money(4_200, "USD"), null, Instant.now());
            return null;
        });
        long gift = TestLogins.asStaff(() -> records.gifts(member.id(), 0, 1)).get(0).id();

        TestLogins.asStaff(() -> {
            actions.resendReceipt(member.id(), gift);
            actions.resendReceipt(member.id(), gift);
            return null;
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE member_id = ? AND kind = 'GIFT_RECEIPT'"
                + " AND about = ?", Long.class, member.id().value(), "gift:" + gift)).isEqualTo(3);
        assertThat(TestLogins.asStaff(() -> records.record(member.id())).orElseThrow().audit())
                .extracting(StaffActionLine::kind, StaffActionLine::detail)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(StaffActionKind.RECEIPT_RESENT, "#" + gift))
                .hasSize(2);
    }

    @Test
    void anotherMembersGiftIsNotResent() {
        Member member = RecordsFixture.member(members, "Yul " + RecordsFixture.uniqueFamilyName());
        Member other = RecordsFixture.member(members, "Zoe " + RecordsFixture.uniqueFamilyName());
        TestLogins.asStaff(() -> {
            giving.recordManualGift(other.id(), new Money(1_000, "USD"), null, Instant.now());
            return null;
        });
        long othersGift = TestLogins.asStaff(() -> records.gifts(other.id(), 0, 1)).get(0).id();

        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            actions.resendReceipt(member.id(), othersGift);
            return null;
        })).isInstanceOf(MemberActionRefused.class).hasMessage("records.refused.gift");
        assertThat(TestLogins.asStaff(() -> records.record(member.id())).orElseThrow().audit()).isEmpty();
    }

    private static String program() {
        return "RECORDS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}

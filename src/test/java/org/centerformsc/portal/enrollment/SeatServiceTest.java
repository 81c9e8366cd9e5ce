package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff's seat commands against the real MariaDB: places, promotion, the waitlist's order and moves. */
@IntegrationTest
class SeatServiceTest {

    @Autowired
    SeatService seats;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Test
    void staffEnrollAMemberInASeatOrOnTheWaitlistAndNeverTwice() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        Member first = member("phoned-first");
        Member second = member("phoned-second");

        MyEnrollment seated = asStaff(() -> seats.enrollOnBehalf(offering, first.id));
        MyEnrollment waiting = asStaff(() -> seats.enrollOnBehalf(offering, second.id));

        assertThat(seated.status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(waiting.status()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(waiting.waitlistPosition()).isEqualTo(1);
        assertRefused(() -> seats.enrollOnBehalf(offering, first.id), "seats.refused.already");
        assertThat(line(offering)).containsExactly(second.id);
        assertThat(enrolled(offering)).containsExactly(first.id);
    }

    @Test
    void staffEnrollOnlyWhileRegistrationIsOpen() {
        Instant now = Instant.now();
        OfferingId closed = TestOffering.offering()
                .registration(now.minus(Duration.ofDays(10)), now.minus(Duration.ofMinutes(1)))
                .firstSessionAt(now.plus(Duration.ofDays(10))).create(catalog);
        Member member = member("too-late");

        assertRefused(() -> seats.enrollOnBehalf(closed, member.id), "enrollment.refused.closed");
        assertThat(asStaff(() -> seats.seatsOf(closed))).isEmpty();
    }

    @Test
    void removingAnEnrolledMemberSeatsTheFirstInLine() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        Member holder = enrollSelf("holder", offering);
        Member next = enrollSelf("next", offering);
        Member later = enrollSelf("later", offering);

        asStaff(() -> {
            seats.remove(holder.id, offering);
            return null;
        });

        assertThat(enrolled(offering)).containsExactly(next.id);
        assertThat(line(offering)).containsExactly(later.id);
        assertThat(TestLogins.as(holder.token, () -> enrollment.myEnrollment(offering))).isEmpty();
        assertRefused(() -> {
            seats.remove(holder.id, offering);
            return null;
        }, "seats.refused.noplace");
    }

    @Test
    void removingAWaitingMemberMovesTheOthersUp() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        enrollSelf("seat", offering);
        Member first = enrollSelf("line-1", offering);
        Member second = enrollSelf("line-2", offering);

        asStaff(() -> {
            seats.remove(first.id, offering);
            return null;
        });

        assertThat(line(offering)).containsExactly(second.id);
        assertThat(TestLogins.as(second.token, () -> enrollment.myEnrollment(offering)).orElseThrow()
                .waitlistPosition()).isEqualTo(1);
    }

    @Test
    void reorderingTheWaitlistChangesWhoIsSeatedNext() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        Member holder = enrollSelf("seated", offering);
        Member a = enrollSelf("asked-first", offering);
        Member b = enrollSelf("asked-second", offering);
        Member c = enrollSelf("asked-third", offering);

        asStaff(() -> {
            seats.moveInWaitlist(c.id, offering, 1);
            return null;
        });

        assertThat(line(offering)).containsExactly(c.id, a.id, b.id);
        assertThat(asStaff(() -> seats.holders(offering, EnrollmentStatus.WAITLISTED, 0, 50)))
                .extracting(SeatHolder::waitlistPosition).containsExactly(1, 2, 3);
        assertThat(TestLogins.as(c.token, () -> enrollment.myEnrollment(offering)).orElseThrow().waitlistPosition())
                .isEqualTo(1);
        assertThat(TestLogins.as(a.token, () -> enrollment.myEnrollment(offering)).orElseThrow().waitlistPosition())
                .isEqualTo(2);

        asStaff(() -> {
            seats.remove(holder.id, offering);
            return null;
        });

        assertThat(enrolled(offering)).containsExactly(c.id);
        assertThat(line(offering)).containsExactly(a.id, b.id);
    }

    @Test
    void aMemberJoiningAfterAReorderQueuesAtTheEnd() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        enrollSelf("in", offering);
        Member a = enrollSelf("a", offering);
        Member b = enrollSelf("b", offering);
        asStaff(() -> {
            seats.moveInWaitlist(a.id, offering, 2);
            return null;
        });

        Member newcomer = enrollSelf("newcomer", offering);

        assertThat(line(offering)).containsExactly(b.id, a.id, newcomer.id);
    }

    @Test
    void reorderingRefusesPlacesOutsideTheLineAndMembersNotWaiting() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        Member holder = enrollSelf("holding", offering);
        Member a = enrollSelf("waiting-a", offering);
        Member b = enrollSelf("waiting-b", offering);

        assertRefused(() -> {
            seats.moveInWaitlist(a.id, offering, 0);
            return null;
        }, "seats.refused.position");
        assertRefused(() -> {
            seats.moveInWaitlist(a.id, offering, 3);
            return null;
        }, "seats.refused.position");
        assertRefused(() -> {
            seats.moveInWaitlist(holder.id, offering, 1);
            return null;
        }, "seats.refused.notwaiting");
        assertThat(line(offering)).containsExactly(a.id, b.id);
    }

    @Test
    void aMovedMemberKeepsOnePlaceAndTheirSeatGoesToTheFirstInLine() {
        String program = program();
        OfferingId from = TestOffering.offering().program(program).capacity(1).create(catalog);
        OfferingId full = TestOffering.offering().program(program).capacity(1).create(catalog);
        OfferingId roomy = TestOffering.offering().program(program).capacity(5).create(catalog);
        Member mover = enrollSelf("mover", from);
        Member waiting = enrollSelf("waiting-at-source", from);
        enrollSelf("already-in-target", full);

        MyEnrollment moved = asStaff(() -> seats.move(mover.id, from, full));

        assertThat(moved.status()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(line(full)).containsExactly(mover.id);
        assertThat(enrolled(from)).containsExactly(waiting.id);
        assertThat(placesOf(mover)).containsExactly(full);

        MyEnrollment movedAgain = asStaff(() -> seats.move(mover.id, full, roomy));

        assertThat(movedAgain.status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(placesOf(mover)).containsExactly(roomy);
        assertThat(line(full)).isEmpty();
    }

    @Test
    void movesStayWithinTheProgramAndChangeNothingWhenRefused() {
        String program = program();
        OfferingId from = TestOffering.offering().program(program).create(catalog);
        OfferingId sibling = TestOffering.offering().program(program).create(catalog);
        OfferingId elsewhere = TestOffering.offering().program(program()).create(catalog);
        Instant now = Instant.now();
        OfferingId closed = TestOffering.offering().program(program)
                .registration(now.minus(Duration.ofDays(10)), now.minus(Duration.ofMinutes(1)))
                .firstSessionAt(now.plus(Duration.ofDays(10))).create(catalog);
        Member member = enrollSelf("stays", from);
        enrollSelf("other", sibling);
        TestLogins.as(member.token, () -> enrollment.enroll(sibling));
        Member placeless = member("placeless");

        assertRefused(() -> seats.move(member.id, from, elsewhere), "seats.refused.otherprogram");
        assertRefused(() -> seats.move(member.id, from, from), "seats.refused.sameoffering");
        assertRefused(() -> seats.move(member.id, from, sibling), "seats.refused.alreadythere");
        assertRefused(() -> seats.move(member.id, from, closed), "enrollment.refused.closed");
        assertRefused(() -> seats.move(placeless.id, from, sibling), "seats.refused.noplace");

        assertThat(placesOf(member)).containsExactlyInAnyOrder(from, sibling);
        assertThat(asStaff(() -> seats.seatsOf(closed))).isEmpty();
        assertThat(asStaff(() -> seats.seatsOf(elsewhere))).isEmpty();
    }

    @Test
    void theExportListsTheEnrolledThenTheLineWithNamesAndAddresses() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        Member seated = enrollSelf("export-seated", offering);
        Member waiting = enrollSelf("export-waiting", offering);

        List<SeatHolder> all = asStaff(() -> seats.seatsOf(offering));

        assertThat(all).extracting(SeatHolder::member).containsExactly(seated.id, waiting.id);
        assertThat(all).extracting(SeatHolder::waitlistPosition).containsExactly(0, 1);
        assertThat(all.get(1).name()).isEqualTo("export-waiting");
        assertThat(all.get(1).email()).endsWith("@test.centerformsc.invalid");
    }

    @Test
    void onlyStaffSeeOrChangeSeats() {
        String program = program();
        OfferingId offering = TestOffering.offering().program(program).capacity(1).create(catalog);
        OfferingId other = TestOffering.offering().program(program).create(catalog);
        Member holder = enrollSelf("guarded-holder", offering);
        Member waiting = enrollSelf("guarded-waiting", offering);
        Member intruder = member("intruder");
        OAuth2AuthenticationToken teacher = TestLogins.signedUp(members, "Tess Teacher", Roles.TEACHER);

        for (OAuth2AuthenticationToken who : List.of(intruder.token, teacher)) {
            List<Runnable> attempts = List.of(
                    () -> seats.holders(offering, EnrollmentStatus.ENROLLED, 0, 10),
                    () -> seats.seatsOf(offering),
                    () -> seats.enrollOnBehalf(offering, intruder.id),
                    () -> seats.enrollOverriding(offering, intruder.id, () -> { }),
                    () -> seats.move(holder.id, offering, other),
                    () -> seats.remove(holder.id, offering),
                    () -> seats.moveInWaitlist(waiting.id, offering, 1));
            for (Runnable attempt : attempts) {
                assertThatThrownBy(() -> TestLogins.as(who, () -> {
                    attempt.run();
                    return null;
                })).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(enrolled(offering)).containsExactly(holder.id);
        assertThat(line(offering)).containsExactly(waiting.id);
    }

    private record Member(MemberId id, OAuth2AuthenticationToken token) {
    }

    private Member member(String name) {
        OAuth2AuthenticationToken token = TestLogins.signedUp(members, name);
        return new Member(TestLogins.as(token, members::currentMemberId), token);
    }

    private Member enrollSelf(String name, OfferingId offering) {
        Member member = member(name);
        TestLogins.as(member.token, () -> enrollment.enroll(offering));
        return member;
    }

    private List<MemberId> enrolled(OfferingId offering) {
        return asStaff(() -> seats.holders(offering, EnrollmentStatus.ENROLLED, 0, 100)).stream()
                .map(SeatHolder::member).toList();
    }

    private List<MemberId> line(OfferingId offering) {
        return asStaff(() -> seats.holders(offering, EnrollmentStatus.WAITLISTED, 0, 100)).stream()
                .map(SeatHolder::member).toList();
    }

    private List<OfferingId> placesOf(Member member) {
        return TestLogins.as(member.token, () -> enrollment.myEnrollments()).stream()
                .map(MyEnrollment::offeringId).toList();
    }

    private static String program() {
        return "SEATS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static <T> T asStaff(Supplier<T> work) {
        return TestLogins.asStaff(work);
    }

    private static void assertRefused(Supplier<?> work, String messageKey) {
        assertThatThrownBy(() -> TestLogins.asStaff(work)).isInstanceOf(EnrollmentRefused.class)
                .hasMessage(messageKey);
    }
}

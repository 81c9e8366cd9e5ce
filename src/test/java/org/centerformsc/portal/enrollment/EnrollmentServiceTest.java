package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enrollment against the real MariaDB, acting as real signed-in members. */
@IntegrationTest
class EnrollmentServiceTest {

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Test
    void enrollsWhileSeatsLastThenWaitlistsInOrder() {
        OfferingId offering = TestOffering.offering().capacity(2).create(catalog);

        assertThat(enrollAs(member("first"), offering).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(enrollAs(member("second"), offering).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        MyEnrollment third = enrollAs(member("third"), offering);
        MyEnrollment fourth = enrollAs(member("fourth"), offering);

        assertThat(third.status()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(fourth.waitlistPosition()).isEqualTo(2);
    }

    @Test
    void withdrawingFreesTheSeatForTheFirstInLine() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        OAuth2AuthenticationToken holder = member("holder");
        OAuth2AuthenticationToken waiting = member("waiting");
        OAuth2AuthenticationToken later = member("later");
        enrollAs(holder, offering);
        enrollAs(waiting, offering);
        enrollAs(later, offering);

        TestLogins.as(holder, () -> {
            enrollment.withdraw(offering);
            return null;
        });

        assertThat(mine(waiting, offering).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(mine(later, offering).waitlistPosition()).isEqualTo(1);
        assertThat(TestLogins.as(holder, () -> enrollment.myEnrollment(offering))).isEmpty();
    }

    @Test
    void leavingTheWaitlistMovesTheOthersUp() {
        OfferingId offering = TestOffering.offering().capacity(1).create(catalog);
        enrollAs(member("seat"), offering);
        OAuth2AuthenticationToken first = member("line-1");
        OAuth2AuthenticationToken second = member("line-2");
        enrollAs(first, offering);
        enrollAs(second, offering);

        TestLogins.as(first, () -> {
            enrollment.withdraw(offering);
            return null;
        });

        assertThat(mine(second, offering).waitlistPosition()).isEqualTo(1);
        assertThat(mine(second, offering).status()).isEqualTo(EnrollmentStatus.WAITLISTED);
    }

    @Test
    void enrollingTwiceIsRefusedWithAClearReason() {
        OfferingId offering = TestOffering.offering().create(catalog);
        OAuth2AuthenticationToken member = member("twice");
        enrollAs(member, offering);

        assertThatThrownBy(() -> enrollAs(member, offering)).isInstanceOf(EnrollmentRefused.class)
                .extracting(e -> ((EnrollmentRefused) e).messageKey()).isEqualTo("enrollment.refused.already");
    }

    @Test
    void aMemberMayComeBackAfterWithdrawing() {
        OfferingId offering = TestOffering.offering().create(catalog);
        OAuth2AuthenticationToken member = member("returning");
        enrollAs(member, offering);
        TestLogins.as(member, () -> {
            enrollment.withdraw(offering);
            return null;
        });

        assertThat(enrollAs(member, offering).status()).isEqualTo(EnrollmentStatus.ENROLLED);
    }

    @Test
    void registrationWindowIsEnforcedOnTheServer() {
        Instant now = Instant.now();
        OfferingId notYet = TestOffering.offering()
                .registration(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)))
                .firstSessionAt(now.plus(Duration.ofDays(10))).create(catalog);
        OfferingId closed = TestOffering.offering()
                .registration(now.minus(Duration.ofDays(10)), now.minus(Duration.ofMinutes(1)))
                .firstSessionAt(now.plus(Duration.ofDays(10))).create(catalog);
        OAuth2AuthenticationToken member = member("window");

        assertThatThrownBy(() -> enrollAs(member, notYet)).isInstanceOf(EnrollmentRefused.class)
                .hasMessage("enrollment.refused.notyet");
        assertThatThrownBy(() -> enrollAs(member, closed)).isInstanceOf(EnrollmentRefused.class)
                .hasMessage("enrollment.refused.closed");
    }

    @Test
    void recordsTheEarlyBirdPriceBeforeItsDeadlineAndTheRegularOneAfter() {
        Instant now = Instant.now();
        OfferingId early = TestOffering.offering()
                .price(new Price("USD", 55_000, 49_500L, now.plus(Duration.ofDays(3)))).create(catalog);
        OfferingId late = TestOffering.offering()
                .price(new Price("USD", 55_000, 49_500L, now.minus(Duration.ofSeconds(1)))).create(catalog);

        assertThat(enrollAs(member("early"), early).priceDueMinor()).isEqualTo(49_500);
        assertThat(enrollAs(member("late"), late).priceDueMinor()).isEqualTo(55_000);
    }

    @Test
    void withoutCapacityEveryoneIsEnrolled() {
        OfferingId open = TestOffering.offering().capacity(null).price(Price.free()).create(catalog);

        List<EnrollmentStatus> statuses = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> enrollAs(member("open-" + i), open).status()).toList();

        assertThat(statuses).containsOnly(EnrollmentStatus.ENROLLED);
    }

    @Test
    void withdrawingWithoutAPlaceIsRefused() {
        OfferingId offering = TestOffering.offering().create(catalog);

        assertThatThrownBy(() -> TestLogins.as(member("nobody"), () -> {
            enrollment.withdraw(offering);
            return null;
        })).isInstanceOf(EnrollmentRefused.class).hasMessage("enrollment.refused.notenrolled");
    }

    private OAuth2AuthenticationToken member(String name) {
        return TestLogins.signedUp(members, name);
    }

    private MyEnrollment enrollAs(OAuth2AuthenticationToken member, OfferingId offering) {
        return TestLogins.as(member, () -> enrollment.enroll(offering));
    }

    private MyEnrollment mine(OAuth2AuthenticationToken member, OfferingId offering) {
        return TestLogins.as(member, () -> enrollment.myEnrollment(offering)).orElseThrow();
    }
}

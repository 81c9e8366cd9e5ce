package org.centerformsc.portal.enrollment.domain;

import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A paid seat is held while its member pays; free seats and staff's seats are taken at once (decision 016). */
class SeatHoldTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant IN_15_MINUTES = NOW.plusSeconds(900);

    @Test
    void aPaidSeatIsHeldUntilItsPaymentAndThenTheMembers() {
        Enrollment held = Enrollment.request(1, 2, new Seating(1, 0), () -> 1, "USD", 49_500, IN_15_MINUTES, NOW);

        assertThat(held.getStatus()).isEqualTo(EnrollmentStatus.HELD);
        assertThat(held.getStatus().takesASeat()).isTrue();
        assertThat(held.holdHasExpiredAt(IN_15_MINUTES.minusSeconds(1))).isFalse();
        assertThat(held.holdHasExpiredAt(IN_15_MINUTES)).isTrue();
        held.confirmPaid(NOW.plusSeconds(60));

        assertThat(held.getStatus()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(held.getHoldExpiresAt()).isNull();
        assertThatThrownBy(() -> held.confirmPaid(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFreeSeatOrOneStaffGiveIsTakenAtOnce() {
        assertThat(Enrollment.request(1, 2, new Seating(1, 0), () -> 1, "USD", 0, IN_15_MINUTES, NOW).getStatus())
                .isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(Enrollment.request(1, 2, new Seating(1, 0), () -> 1, "USD", 49_500, null, NOW).getStatus())
                .isEqualTo(EnrollmentStatus.ENROLLED);
    }

    @Test
    void theFirstInLineOfAPaidCourseGetsTheFreedSeatHeldForThePromotionWindow() {
        Enrollment waiting = Enrollment.request(1, 3, new Seating(1, 1), () -> 1, "USD", 49_500, IN_15_MINUTES, NOW);
        Instant in48Hours = NOW.plusSeconds(48 * 3600);

        waiting.promote(in48Hours, NOW);

        assertThat(waiting.getStatus()).isEqualTo(EnrollmentStatus.HELD);
        assertThat(waiting.getHoldExpiresAt()).isEqualTo(in48Hours);
        assertThat(waiting.getWaitlistRank()).isNull();
    }

    @Test
    void aWithdrawnHoldKeepsNoExpiry() {
        Enrollment held = Enrollment.request(1, 2, new Seating(1, 0), () -> 1, "USD", 49_500, IN_15_MINUTES, NOW);

        held.withdraw(IN_15_MINUTES);

        assertThat(held.getStatus()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(held.getHoldExpiresAt()).isNull();
        assertThat(held.holdHasExpiredAt(IN_15_MINUTES)).isFalse();
    }
}

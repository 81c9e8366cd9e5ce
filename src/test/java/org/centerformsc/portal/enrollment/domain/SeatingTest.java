package org.centerformsc.portal.enrollment.domain;

import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeatingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theLastSeatIsStillASeat() {
        assertThat(new Seating(10, 9).hasFreeSeat()).isTrue();
        assertThat(new Seating(10, 10).hasFreeSeat()).isFalse();
        assertThat(new Seating(null, 10_000).hasFreeSeat()).isTrue();
    }

    @Test
    void aRequestTakesASeatOrJoinsTheWaitlistAtTheEndOfTheLine() {
        Enrollment seated = Enrollment.request(1, 2, new Seating(1, 0), () -> 7, "USD", 100, null, NOW);
        Enrollment waiting = Enrollment.request(1, 2, new Seating(1, 1), () -> 7, "USD", 100, null, NOW);

        assertThat(seated.getStatus()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(seated.getWaitlistRank()).isNull();
        assertThat(waiting.getStatus()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(waiting.getWaitlistRank()).isEqualTo(7);
    }

    @Test
    void onlyTheWaitlistedArePromotedOrRankedAndNobodyWithdrawsTwice() {
        Enrollment enrolled = Enrollment.request(1, 2, new Seating(1, 0), () -> 1, "USD", 100, null, NOW);
        assertThatThrownBy(() -> enrolled.promote(null, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> enrolled.rankInWaitlist(3)).isInstanceOf(IllegalStateException.class);

        Enrollment waiting = Enrollment.request(1, 3, new Seating(1, 1), () -> 1, "USD", 100, null, NOW);
        waiting.rankInWaitlist(3);
        assertThat(waiting.getWaitlistRank()).isEqualTo(3);
        waiting.promote(null, NOW);
        assertThat(waiting.getStatus()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(waiting.getWaitlistRank()).isNull();

        waiting.withdraw(NOW);
        assertThatThrownBy(() -> waiting.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void leavingTheWaitlistLeavesTheLine() {
        Enrollment waiting = Enrollment.request(1, 3, new Seating(1, 1), () -> 4, "USD", 100, null, NOW);

        waiting.withdraw(NOW);

        assertThat(waiting.getWaitlistRank()).isNull();
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> new Seating(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Seating(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

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
    void aRequestTakesASeatOrJoinsTheWaitlist() {
        assertThat(Enrollment.request(1, 2, new Seating(1, 0), "USD", 100, NOW).getStatus())
                .isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(Enrollment.request(1, 2, new Seating(1, 1), "USD", 100, NOW).getStatus())
                .isEqualTo(EnrollmentStatus.WAITLISTED);
    }

    @Test
    void onlyTheWaitlistedArePromotedAndNobodyWithdrawsTwice() {
        Enrollment enrolled = Enrollment.request(1, 2, new Seating(1, 0), "USD", 100, NOW);
        assertThatThrownBy(() -> enrolled.promote(NOW)).isInstanceOf(IllegalStateException.class);

        Enrollment waiting = Enrollment.request(1, 3, new Seating(1, 1), "USD", 100, NOW);
        waiting.promote(NOW);
        assertThat(waiting.getStatus()).isEqualTo(EnrollmentStatus.ENROLLED);

        waiting.withdraw(NOW);
        assertThatThrownBy(() -> waiting.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> new Seating(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Seating(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

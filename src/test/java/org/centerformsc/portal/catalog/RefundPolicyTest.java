package org.centerformsc.portal.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundPolicyTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    /** Tuesday March 2 2027, 9:00 Pacific. */
    private static final Instant START = Instant.parse("2027-03-02T17:00:00Z");
    /** 14 days before, in the event's zone: Tuesday February 16, 9:00 Pacific. */
    private static final Instant DEADLINE = Instant.parse("2027-02-16T17:00:00Z");

    @Test
    void inFullLessTheFeeUntilTheDeadlineThenNothing() {
        RefundPolicy policy = new RefundPolicy(14, 2_500);

        assertThat(policy.deadline(START, PACIFIC)).isEqualTo(DEADLINE);
        assertThat(policy.refundMinor(55_000, START, PACIFIC, DEADLINE.minusSeconds(1))).isEqualTo(52_500);
        assertThat(policy.refundMinor(55_000, START, PACIFIC, DEADLINE)).isZero();
        assertThat(new RefundPolicy(14, 0).refundMinor(49_500, START, PACIFIC, DEADLINE.minusSeconds(1)))
                .isEqualTo(49_500);
    }

    @Test
    void noPolicyGivesNothingBackAndAFeeAboveThePaymentGivesNothingEither() {
        assertThat(RefundPolicy.NONE.refundMinor(55_000, START, PACIFIC, START.minusSeconds(86_400 * 90L))).isZero();
        assertThat(RefundPolicy.NONE.deadline(START, PACIFIC)).isNull();
        assertThat(new RefundPolicy(14, 60_000).refundMinor(55_000, START, PACIFIC, DEADLINE.minusSeconds(1)))
                .isZero();
    }

    @Test
    void aPolicyOutsideItsBoundsCannotExist() {
        assertThatThrownBy(() -> new RefundPolicy(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundPolicy(366, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundPolicy(14, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

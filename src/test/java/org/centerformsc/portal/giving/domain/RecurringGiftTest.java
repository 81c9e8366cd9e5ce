package org.centerformsc.portal.giving.domain;

import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.SubscriptionState;
import org.centerformsc.portal.giving.SubscriptionState.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed charges, the provider's retries and lapsing, in the order and disorder the provider reports them. */
class RecurringGiftTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate NEXT = LocalDate.of(2026, 4, 1);
    private static final LocalDate RETRY = LocalDate.of(2026, 3, 4);

    private final RecurringGift gift = new RecurringGift(7, "stripe", Frequency.MONTHLY, Designation.GENERAL, null,
            state(Status.ACTIVE), NOW);

    @Test
    void aFailedChargeIsKeptWithItsRetryWhileTheGiftStaysActive() {
        assertThat(gift.paymentFailed(RETRY, 100, NOW)).isTrue();

        assertThat(gift.isPaymentFailing()).isTrue();
        assertThat(gift.getNextRetryOn()).isEqualTo(RETRY);
        assertThat(gift.getStatus()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aLaterPaymentClearsTheFailureButAnOlderOneDoesNot() {
        gift.paymentFailed(RETRY, 100, NOW);

        gift.paymentSucceeded(90, NOW);
        assertThat(gift.isPaymentFailing()).isTrue();

        gift.paymentSucceeded(110, NOW);
        assertThat(gift.isPaymentFailing()).isFalse();
        assertThat(gift.getNextRetryOn()).isNull();
    }

    @Test
    void aFailureReportedAfterANewerPaymentIsIgnored() {
        gift.paymentSucceeded(200, NOW);

        assertThat(gift.paymentFailed(RETRY, 150, NOW)).isFalse();
        assertThat(gift.isPaymentFailing()).isFalse();
    }

    @Test
    void theProviderEndingAGiftWhoseChargeFailsIsALapseNotACancellation() {
        gift.paymentFailed(null, 100, NOW);

        assertThat(gift.reported(state(Status.CANCELLED), 120, NOW)).isTrue();

        assertThat(gift.getStatus()).isEqualTo(Status.LAPSED);
        assertThat(gift.hasEnded()).isTrue();
        assertThat(gift.paymentFailed(RETRY, 130, NOW)).as("an ended gift fails no more").isFalse();
    }

    @Test
    void theProviderEndingAHealthyGiftIsACancellation() {
        gift.reported(state(Status.CANCELLED), 120, NOW);

        assertThat(gift.getStatus()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void aDonorCancellingWhileAChargeFailsHasCancelledWhateverTheProviderReportsNext() {
        gift.paymentFailed(RETRY, 100, NOW);
        gift.confirm(state(Status.CANCELLED), NOW);
        gift.cancelledBecause("Giving another way");

        gift.reported(state(Status.CANCELLED), 120, NOW);

        assertThat(gift.getStatus()).isEqualTo(Status.CANCELLED);
        assertThat(gift.isPaymentFailing()).isFalse();
    }

    @Test
    void aLapseTheProviderReportsItselfNeedsNoFailureSeenBeforeAndPlansNoRetry() {
        gift.reported(state(Status.LAPSED), 120, NOW);

        assertThat(gift.getStatus()).isEqualTo(Status.LAPSED);
        assertThat(gift.getNextRetryOn()).isNull();
    }

    @Test
    void anOlderStateArrivingLateChangesNothing() {
        gift.paymentFailed(null, 100, NOW);
        gift.reported(state(Status.CANCELLED), 120, NOW);

        assertThat(gift.reported(state(Status.ACTIVE), 110, NOW)).isFalse();
        assertThat(gift.getStatus()).isEqualTo(Status.LAPSED);
    }

    private static SubscriptionState state(Status status) {
        return new SubscriptionState("sub_1", new Money(2500, "USD"), status,
                status == Status.ACTIVE ? NEXT : null, null);
    }
}

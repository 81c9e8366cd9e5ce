package org.centerformsc.portal.giving.offline;

import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.giving.SubscriptionState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final SubscriptionState ACTIVE = new SubscriptionState("off_sub_1", new Money(2500, "USD"),
            SubscriptionState.Status.ACTIVE, LocalDate.of(2026, 12, 1), null);

    @Test
    void skippingMovesTheNextGiftOnePeriod() {
        assertThat(OfflineSchedule.apply(ACTIVE, Frequency.MONTHLY, new SubscriptionChange.SkipNext(), TODAY)
                .nextChargeOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(OfflineSchedule.apply(ACTIVE, Frequency.YEARLY, new SubscriptionChange.SkipNext(), TODAY)
                .nextChargeOn()).isEqualTo(LocalDate.of(2027, 12, 1));
    }

    @Test
    void pausingSkipsEveryGiftBeforeTheResumeDateAndResumingClearsIt() {
        SubscriptionState paused = OfflineSchedule.apply(ACTIVE, Frequency.MONTHLY,
                new SubscriptionChange.Pause(LocalDate.of(2027, 2, 15)), TODAY);
        assertThat(paused.status()).isEqualTo(SubscriptionState.Status.PAUSED);
        assertThat(paused.nextChargeOn()).isEqualTo(LocalDate.of(2027, 3, 1));

        SubscriptionState resumed = OfflineSchedule.apply(paused, Frequency.MONTHLY, new SubscriptionChange.Resume(), TODAY);
        assertThat(resumed.status()).isEqualTo(SubscriptionState.Status.ACTIVE);
        assertThat(resumed.pausedUntil()).isNull();
        assertThat(resumed.nextChargeOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void cancellingEndsIt() {
        SubscriptionState cancelled = OfflineSchedule.apply(ACTIVE, Frequency.MONTHLY,
                new SubscriptionChange.Cancel("budget"), TODAY);
        assertThat(cancelled.status()).isEqualTo(SubscriptionState.Status.CANCELLED);
        assertThat(cancelled.nextChargeOn()).isNull();
    }
}

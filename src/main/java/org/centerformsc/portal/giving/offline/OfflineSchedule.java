package org.centerformsc.portal.giving.offline;

import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.giving.SubscriptionState;
import org.centerformsc.portal.giving.SubscriptionState.Status;

import java.time.LocalDate;

/** How a provider moves a subscription's dates, for the offline gateway: pure, so it is tested alone. */
final class OfflineSchedule {

    private OfflineSchedule() {
    }

    static SubscriptionState apply(SubscriptionState s, Frequency frequency, SubscriptionChange change, LocalDate today) {
        if (change instanceof SubscriptionChange.ChangeAmount amount) {
            return new SubscriptionState(s.providerRef(), amount.amount(), s.status(), s.nextChargeOn(), s.pausedUntil());
        }
        if (change instanceof SubscriptionChange.ChangeNextChargeDate date) {
            return new SubscriptionState(s.providerRef(), s.amount(), s.status(), date.date(), s.pausedUntil());
        }
        if (change instanceof SubscriptionChange.SkipNext) {
            return new SubscriptionState(s.providerRef(), s.amount(), s.status(), next(s.nextChargeOn(), frequency),
                    s.pausedUntil());
        }
        if (change instanceof SubscriptionChange.Pause pause) {
            LocalDate next = s.nextChargeOn();
            while (next.isBefore(pause.resumeOn())) {
                next = next(next, frequency);
            }
            return new SubscriptionState(s.providerRef(), s.amount(), Status.PAUSED, next, pause.resumeOn());
        }
        if (change instanceof SubscriptionChange.Resume) {
            LocalDate next = s.nextChargeOn().isBefore(today) ? today : s.nextChargeOn();
            return new SubscriptionState(s.providerRef(), s.amount(), Status.ACTIVE, next, null);
        }
        return new SubscriptionState(s.providerRef(), s.amount(), Status.CANCELLED, null, null);
    }

    static LocalDate next(LocalDate from, Frequency frequency) {
        return frequency == Frequency.YEARLY ? from.plusYears(1) : from.plusMonths(1);
    }
}

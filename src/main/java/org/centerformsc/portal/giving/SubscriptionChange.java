package org.centerformsc.portal.giving;

import java.time.LocalDate;

/** What a donor can do to their recurring gift themselves. */
public sealed interface SubscriptionChange {

    record ChangeAmount(Money amount) implements SubscriptionChange {
    }

    record ChangeNextChargeDate(LocalDate date) implements SubscriptionChange {
    }

    record SkipNext() implements SubscriptionChange {
    }

    record Pause(LocalDate resumeOn) implements SubscriptionChange {
    }

    record Resume() implements SubscriptionChange {
    }

    record Cancel(String reason) implements SubscriptionChange {
    }
}

package org.centerformsc.portal.giving;

import java.time.LocalDate;

/** A recurring gift as the provider reports it. */
public record SubscriptionState(String providerRef, Money amount, Status status, LocalDate nextChargeOn,
                                LocalDate pausedUntil) {

    public enum Status { ACTIVE, PAUSED, CANCELLED }
}

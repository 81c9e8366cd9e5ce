package org.centerformsc.portal.giving;

import java.time.LocalDate;

/** A recurring gift as the provider reports it. */
public record SubscriptionState(String providerRef, Money amount, Status status, LocalDate nextChargeOn,
                                LocalDate pausedUntil) {

    /** LAPSED: ended by the provider after the card failed on every retry; CANCELLED: ended by the donor. */
    public enum Status { ACTIVE, PAUSED, CANCELLED, LAPSED }
}

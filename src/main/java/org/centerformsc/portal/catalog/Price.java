package org.centerformsc.portal.catalog;

import java.time.Instant;
import java.util.Currency;

/**
 * An offering's price in minor units (cents) of an ISO 4217 currency, with an optional early-bird price that
 * applies before its deadline. A regular price of 0 means free.
 */
public record Price(String currency, long regularMinor, Long earlyBirdMinor, Instant earlyBirdDeadline) {

    public Price {
        Currency.getInstance(currency);
        if (regularMinor < 0 || (earlyBirdMinor != null && earlyBirdMinor < 0)) {
            throw new IllegalArgumentException("Prices cannot be negative");
        }
        if ((earlyBirdMinor == null) != (earlyBirdDeadline == null)) {
            throw new IllegalArgumentException("An early-bird price needs a deadline, and a deadline a price");
        }
        if (earlyBirdMinor != null && earlyBirdMinor >= regularMinor) {
            throw new IllegalArgumentException("The early-bird price must be below the regular price");
        }
    }

    public static Price free() {
        return new Price("USD", 0, null, null);
    }

    public static Price of(String currency, long regularMinor) {
        return new Price(currency, regularMinor, null, null);
    }

    public boolean isFree() {
        return regularMinor == 0;
    }

    /** The price due when enrolling at {@code when}: early bird strictly before the deadline, regular from it on. */
    public long dueAt(Instant when) {
        return earlyBirdMinor != null && when.isBefore(earlyBirdDeadline) ? earlyBirdMinor : regularMinor;
    }
}

package org.centerformsc.portal.giving;

import java.util.Currency;

/** An amount in minor units (cents) of an ISO 4217 currency. */
public record Money(long minorUnits, String currency) {

    public Money {
        Currency.getInstance(currency);
    }
}

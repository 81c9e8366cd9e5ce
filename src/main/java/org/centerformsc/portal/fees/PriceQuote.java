package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.Price;

import java.time.Instant;

/**
 * What a member pays for a course if they pay now, and why: decided on the server's clock when checkout starts, in
 * the offering's currency (docs/decisions/016). {@code earlyBirdDeadline} is the first instant of the regular price.
 */
public record PriceQuote(String currency, long amountMinor, PriceReason reason, long regularMinor,
                         Instant earlyBirdDeadline) {

    /** The early-bird price strictly before its deadline, the regular price from it on. */
    public static PriceQuote of(Price price, Instant now) {
        boolean early = price.earlyBirdMinor() != null && now.isBefore(price.earlyBirdDeadline());
        return new PriceQuote(price.currency(), early ? price.earlyBirdMinor() : price.regularMinor(),
                early ? PriceReason.EARLY_BIRD : PriceReason.REGULAR, price.regularMinor(),
                early ? price.earlyBirdDeadline() : null);
    }

    public boolean isFree() {
        return amountMinor == 0;
    }
}

package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.Price;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a member pays for a course if they pay now, and why: decided on the server's clock when checkout starts, in
 * the offering's currency (docs/decisions/016, 018). {@code earlyBirdDeadline} is the first instant of the regular
 * price while the early bird lasts; {@code scholarshipMinor} is what a scholarship took off the standard price.
 */
public record PriceQuote(String currency, long amountMinor, PriceReason reason, long regularMinor,
                         Instant earlyBirdDeadline, long scholarshipMinor) {

    public PriceQuote(String currency, long amountMinor, PriceReason reason, long regularMinor,
                      Instant earlyBirdDeadline) {
        this(currency, amountMinor, reason, regularMinor, earlyBirdDeadline, 0);
    }

    /** The standard price: the early-bird price strictly before its deadline, the regular price from it on. */
    public static PriceQuote of(Price price, Instant now) {
        boolean early = price.earlyBirdMinor() != null && now.isBefore(price.earlyBirdDeadline());
        return new PriceQuote(price.currency(), early ? price.earlyBirdMinor() : price.regularMinor(),
                early ? PriceReason.EARLY_BIRD : PriceReason.REGULAR, price.regularMinor(),
                early ? price.earlyBirdDeadline() : null);
    }

    /** What a member may choose from, lowest first: the supported price, the standard one, the sustaining one. */
    public static List<PriceQuote> choices(Price price, FeeOptions options, Instant now) {
        List<PriceQuote> choices = new ArrayList<>(3);
        if (options.supportedMinor() != null) {
            choices.add(new PriceQuote(price.currency(), options.supportedMinor(), PriceReason.SUPPORTED,
                    price.regularMinor(), null));
        }
        choices.add(of(price, now));
        if (options.sustainingMinor() != null) {
            choices.add(new PriceQuote(price.currency(), options.sustainingMinor(), PriceReason.SUSTAINING,
                    price.regularMinor(), null));
        }
        return List.copyOf(choices);
    }

    /** The chosen price, or empty when the offering has no such tier. */
    public static java.util.Optional<PriceQuote> chosen(Price price, FeeOptions options, PriceChoice choice,
                                                        Instant now) {
        return choices(price, options, now).stream().filter(quote -> quote.reason().choice() == choice).findFirst();
    }

    /** The standard price now, less what the scholarship covers. */
    public static PriceQuote withScholarship(Price price, ScholarshipGrant grant, Instant now) {
        PriceQuote standard = of(price, now);
        long covered = grant.discountOn(standard.amountMinor());
        return new PriceQuote(price.currency(), standard.amountMinor() - covered, PriceReason.SCHOLARSHIP,
                price.regularMinor(), standard.earlyBirdDeadline(), covered);
    }

    public boolean isFree() {
        return amountMinor == 0;
    }

    /** The standard price a scholarship was taken off (the amount itself otherwise). */
    public long standardMinor() {
        return amountMinor + scholarshipMinor;
    }
}

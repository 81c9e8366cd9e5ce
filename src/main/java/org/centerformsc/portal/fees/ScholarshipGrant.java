package org.centerformsc.portal.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What staff granted of a course's standard price: a percentage of it or an amount off it, in the offering's
 * currency (docs/decisions/018). Exactly one of {@code percent} and {@code amountMinor} is set.
 */
public record ScholarshipGrant(Integer percent, Long amountMinor, String currency) {

    public ScholarshipGrant {
        if ((percent == null) == (amountMinor == null)) {
            throw new IllegalArgumentException("A grant is a percentage or an amount");
        }
        if (percent != null && (percent < 1 || percent > 100)) {
            throw new IllegalArgumentException("A percentage is between 1 and 100");
        }
        if (amountMinor != null && (amountMinor <= 0 || currency == null)) {
            throw new IllegalArgumentException("An amount is above zero, in a currency");
        }
    }

    public static ScholarshipGrant percent(int percent) {
        return new ScholarshipGrant(percent, null, null);
    }

    public static ScholarshipGrant amount(long minor, String currency) {
        return new ScholarshipGrant(null, minor, currency);
    }

    /**
     * How much of {@code standardMinor} the scholarship covers: a percentage rounded half up to the currency's
     * smallest unit (so the member never pays a fraction of a cent or yen), an amount up to the whole price.
     */
    public long discountOn(long standardMinor) {
        if (percent != null) {
            return BigDecimal.valueOf(standardMinor).multiply(BigDecimal.valueOf(percent))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        }
        return Math.min(amountMinor, standardMinor);
    }
}

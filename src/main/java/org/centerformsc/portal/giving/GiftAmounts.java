package org.centerformsc.portal.giving;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The amounts the portal accepts: the listed currencies, at least 5 and at most 100,000 of them, and no more
 * decimals than the currency has. Errors are message keys for the view.
 */
public final class GiftAmounts {

    public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD", "AUD");
    public static final List<Integer> PRESETS = List.of(15, 25, 50, 100, 250);
    static final BigDecimal MIN = new BigDecimal("5");
    static final BigDecimal MAX = new BigDecimal("100000");

    private GiftAmounts() {
    }

    /** The amount as money, or an {@link InvalidGift} naming what is wrong. */
    public static Money toMoney(BigDecimal amount, String currency) {
        if (currency == null || !CURRENCIES.contains(currency)) {
            throw new InvalidGift("giving.invalid.currency");
        }
        if (amount == null) {
            throw new InvalidGift("giving.invalid.missing");
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidGift("giving.invalid.precision");
        }
        if (amount.compareTo(MIN) < 0) {
            throw new InvalidGift("giving.invalid.min");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidGift("giving.invalid.max");
        }
        return new Money(amount.movePointRight(digits).longValueExact(), currency);
    }

    /** Money back as the decimal amount people type (25.00 for 2500 USD cents). */
    public static BigDecimal toDecimal(Money money) {
        return BigDecimal.valueOf(money.minorUnits(), Currency.getInstance(money.currency()).getDefaultFractionDigits());
    }

    /** A gift (or a change to one) the portal will not pass on; the key says why. */
    public static class InvalidGift extends RuntimeException {

        public InvalidGift(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}

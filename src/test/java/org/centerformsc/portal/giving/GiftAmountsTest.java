package org.centerformsc.portal.giving;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GiftAmountsTest {

    @ParameterizedTest
    @CsvSource({"25, USD, 2500", "25.5, EUR, 2550", "5.00, GBP, 500", "100000, CAD, 10000000", "15.99, AUD, 1599"})
    void acceptsAmountsWithinTheLimitsAsMinorUnits(String amount, String currency, long minor) {
        assertThat(GiftAmounts.toMoney(new BigDecimal(amount), currency)).isEqualTo(new Money(minor, currency));
    }

    @ParameterizedTest
    @CsvSource({"4.99, USD, giving.invalid.min", "100000.01, USD, giving.invalid.max",
            "25.001, USD, giving.invalid.precision", "25, JPY, giving.invalid.currency", "-5, EUR, giving.invalid.min"})
    void refusesWithAReason(String amount, String currency, String key) {
        assertThatThrownBy(() -> GiftAmounts.toMoney(new BigDecimal(amount), currency))
                .isInstanceOf(GiftAmounts.InvalidGift.class).hasMessage(key);
    }
}

package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.Price;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PriceQuoteTest {

    private static final Instant DEADLINE = Instant.parse("2027-02-02T08:00:00Z");
    private static final Price MARCH = new Price("USD", 55_000, 49_500L, DEADLINE);

    @Test
    void beforeTheDeadlineTheEarlyBirdPriceIsDueAndSaysUntilWhen() {
        PriceQuote quote = PriceQuote.of(MARCH, DEADLINE.minusSeconds(1));

        assertThat(quote).isEqualTo(new PriceQuote("USD", 49_500, PriceReason.EARLY_BIRD, 55_000, DEADLINE));
    }

    @Test
    void fromTheDeadlineOnTheRegularPriceIsDue() {
        assertThat(PriceQuote.of(MARCH, DEADLINE))
                .isEqualTo(new PriceQuote("USD", 55_000, PriceReason.REGULAR, 55_000, null));
        assertThat(PriceQuote.of(MARCH, DEADLINE.plusSeconds(86_400)).amountMinor()).isEqualTo(55_000);
    }

    @Test
    void aPriceWithoutEarlyBirdIsRegularInItsOwnCurrencyAndAFreeOneIsFree() {
        assertThat(PriceQuote.of(Price.of("JPY", 30_000), DEADLINE))
                .isEqualTo(new PriceQuote("JPY", 30_000, PriceReason.REGULAR, 30_000, null));
        assertThat(PriceQuote.of(Price.free(), DEADLINE).isFree()).isTrue();
    }
}

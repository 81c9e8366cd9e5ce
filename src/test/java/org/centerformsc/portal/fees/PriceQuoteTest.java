package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.Price;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

    private static final FeeOptions SCALE = new FeeOptions(39_500L, 75_000L, true);

    @Test
    void theSlidingScaleOffersSupportedStandardAndSustainingLowestFirstWithTheEarlyBirdAsStandard() {
        assertThat(PriceQuote.choices(MARCH, SCALE, DEADLINE.minusSeconds(1)))
                .extracting(PriceQuote::reason, PriceQuote::amountMinor)
                .containsExactly(tuple(PriceReason.SUPPORTED, 39_500L), tuple(PriceReason.EARLY_BIRD, 49_500L),
                        tuple(PriceReason.SUSTAINING, 75_000L));
        assertThat(PriceQuote.chosen(MARCH, SCALE, PriceChoice.STANDARD, DEADLINE).orElseThrow().amountMinor())
                .isEqualTo(55_000);
    }

    @Test
    void aTierTheOfferingDoesNotHaveCannotBeChosen() {
        FeeOptions onlySustaining = new FeeOptions(null, 75_000L, false);

        assertThat(PriceQuote.chosen(MARCH, onlySustaining, PriceChoice.SUPPORTED, DEADLINE)).isEmpty();
        assertThat(PriceQuote.chosen(MARCH, FeeOptions.NONE, PriceChoice.SUSTAINING, DEADLINE)).isEmpty();
        assertThat(PriceQuote.choices(MARCH, FeeOptions.NONE, DEADLINE)).hasSize(1);
    }

    @Test
    void aPercentageScholarshipIsTakenOffTheStandardPriceRoundedHalfUpToTheCurrencysSmallestUnit() {
        // 33 % of $495.00 is $163.35; of $550.00 it is $181.50
        PriceQuote early = PriceQuote.withScholarship(MARCH, ScholarshipGrant.percent(33), DEADLINE.minusSeconds(1));
        assertThat(early).isEqualTo(new PriceQuote("USD", 33_165, PriceReason.SCHOLARSHIP, 55_000, DEADLINE, 16_335));
        assertThat(PriceQuote.withScholarship(MARCH, ScholarshipGrant.percent(33), DEADLINE).amountMinor())
                .isEqualTo(36_850);
        // yen have no smaller unit: 33 % of 30,001 yen is 9,900.33, so 9,900 off
        PriceQuote yen = PriceQuote.withScholarship(Price.of("JPY", 30_001), ScholarshipGrant.percent(33), DEADLINE);
        assertThat(yen.scholarshipMinor()).isEqualTo(9_900);
        assertThat(yen.amountMinor()).isEqualTo(20_101);
        // 50 % of 1 cent: half up, the member pays nothing of it
        assertThat(ScholarshipGrant.percent(50).discountOn(1)).isEqualTo(1);
    }

    @Test
    void anAmountScholarshipCoversAtMostTheWholePriceAndAFullOneLeavesNothingToPay() {
        PriceQuote part = PriceQuote.withScholarship(MARCH, ScholarshipGrant.amount(20_000, "USD"), DEADLINE);
        assertThat(part.amountMinor()).isEqualTo(35_000);
        assertThat(part.standardMinor()).isEqualTo(55_000);

        PriceQuote whole = PriceQuote.withScholarship(MARCH, ScholarshipGrant.amount(55_000, "USD"),
                DEADLINE.minusSeconds(1));
        assertThat(whole.isFree()).isTrue();
        assertThat(whole.scholarshipMinor()).isEqualTo(49_500);
        assertThat(PriceQuote.withScholarship(MARCH, ScholarshipGrant.percent(100), DEADLINE).isFree()).isTrue();
    }

    @Test
    void aGrantIsAPercentageFromOneToAHundredOrAPositiveAmountNeverBoth() {
        assertThatThrownBy(() -> ScholarshipGrant.percent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScholarshipGrant.percent(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScholarshipGrant.amount(0, "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScholarshipGrant(10, 1_000L, "USD")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.centerformsc.portal.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTest {

    private static final Instant DEADLINE = Instant.parse("2026-02-23T07:00:00Z");
    private final Price earlyBird = new Price("USD", 149_500, 129_500L, DEADLINE);

    @Test
    void earlyBirdPriceAppliesStrictlyBeforeTheDeadline() {
        assertThat(earlyBird.dueAt(DEADLINE.minusNanos(1000))).isEqualTo(129_500);
        assertThat(earlyBird.dueAt(DEADLINE)).isEqualTo(149_500);
        assertThat(earlyBird.dueAt(DEADLINE.plusSeconds(1))).isEqualTo(149_500);
    }

    @Test
    void aDeadlineOfEndOfDayInArizonaIsTheSameInstantEverywhere() {
        // Sedona: "early bird ends February 22" = until the end of Feb 22 in Arizona (UTC-7, no daylight saving)
        java.time.ZoneId arizona = java.time.ZoneId.of("America/Phoenix");
        Instant deadline = java.time.LocalDate.of(2026, 2, 23).atStartOfDay(arizona).toInstant();
        Price sedona = new Price("USD", 149_500, 129_500L, deadline);

        Instant lastMinuteInArizona = java.time.ZonedDateTime.of(2026, 2, 22, 23, 59, 0, 0, arizona).toInstant();
        Instant sameMomentInBerlin = java.time.ZonedDateTime.of(2026, 2, 23, 7, 59, 0, 0,
                java.time.ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(sedona.dueAt(lastMinuteInArizona)).isEqualTo(129_500);
        assertThat(sameMomentInBerlin).isEqualTo(lastMinuteInArizona);
        assertThat(sedona.dueAt(deadline)).isEqualTo(149_500);
        assertThat(deadline).isEqualTo(Instant.parse("2026-02-23T07:00:00Z"));
    }

    @Test
    void withoutEarlyBirdTheRegularPriceAlwaysApplies() {
        assertThat(Price.of("EUR", 49_000).dueAt(Instant.EPOCH)).isEqualTo(49_000);
    }

    @Test
    void freeMeansZero() {
        assertThat(Price.free().isFree()).isTrue();
        assertThat(Price.of("USD", 1).isFree()).isFalse();
    }

    @Test
    void rejectsInconsistentPrices() {
        assertThatThrownBy(() -> new Price("USD", 100, 150L, DEADLINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Price("USD", 100, 50L, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.of("USD", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.of("XYZ1", 100)).isInstanceOf(IllegalArgumentException.class);
    }
}

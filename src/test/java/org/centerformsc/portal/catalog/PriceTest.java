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

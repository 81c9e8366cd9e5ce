package org.centerformsc.portal.fees;

import java.time.Instant;
import java.util.List;

/**
 * The member's checkout for a held seat: the prices they may choose from (the sliding scale, lowest first, or the one
 * price a granted scholarship makes), until when the seat waits, demo or real payments.
 */
public record CheckoutView(List<PriceQuote> choices, Instant holdExpiresAt, boolean demoPayments) {

    public CheckoutView {
        choices = List.copyOf(choices);
    }

    /** The price a member pays unless they choose another: the standard one, or the scholarship's. */
    public PriceQuote quote() {
        return choices.stream().filter(choice -> choice.reason().choice() == PriceChoice.STANDARD).findFirst()
                .orElse(choices.get(0));
    }

    public boolean withScholarship() {
        return choices.size() == 1 && choices.get(0).reason() == PriceReason.SCHOLARSHIP;
    }
}

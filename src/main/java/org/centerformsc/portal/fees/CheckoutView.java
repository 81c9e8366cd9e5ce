package org.centerformsc.portal.fees;

import java.time.Instant;

/** The member's checkout for a held seat: what they will pay and why, until when the seat waits, demo or real. */
public record CheckoutView(PriceQuote quote, Instant holdExpiresAt, boolean demoPayments) {
}

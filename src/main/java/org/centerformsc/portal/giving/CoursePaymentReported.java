package org.centerformsc.portal.giving;

import java.time.Instant;

/**
 * The payment provider reports a course fee paid for the portal's course payment {@code paymentId}. Published inside
 * the transaction that marks the provider's event as applied; the fee's settlement is idempotent, so a redelivered
 * event changes nothing.
 */
public record CoursePaymentReported(long paymentId, String paymentRef, Money amount, Instant at) {
}

package org.centerformsc.portal.giving;

import java.time.Instant;

/**
 * The payment provider reports a course fee paid for the portal's course payment {@code paymentId}. Published inside
 * the transaction that marks the provider's event as applied, so the seat and the event commit together.
 */
public record CoursePaymentReported(long paymentId, String paymentRef, Money amount, Instant at) {
}

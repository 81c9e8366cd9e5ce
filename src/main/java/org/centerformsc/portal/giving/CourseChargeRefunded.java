package org.centerformsc.portal.giving;

import java.time.Instant;

/**
 * The provider reports money of a payment given back ({@code refundedMinor} in total so far), also when staff
 * refunded it at the provider themselves. Published inside the transaction that records the provider's event.
 */
public record CourseChargeRefunded(String paymentRef, long refundedMinor, Instant at) {
}

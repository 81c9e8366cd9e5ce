package org.centerformsc.portal.fees;

/** Course fees in one currency over a period: what was paid, and what was refunded (in minor units). */
public record CourseRevenueLine(String currency, long payments, long paidMinor, long refunds, long refundedMinor) {
}

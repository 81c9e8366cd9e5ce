package org.centerformsc.portal.fees;

/** A course payment was settled: the seat is the member's ({@code seated}), or there was none and it was refunded. */
record CourseFeeSettled(long paymentId, boolean seated) {
}

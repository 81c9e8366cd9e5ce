package org.centerformsc.portal.fees;

/** A course fee went back in full because its offering was cancelled. */
record CourseFeeRefunded(long paymentId) {
}

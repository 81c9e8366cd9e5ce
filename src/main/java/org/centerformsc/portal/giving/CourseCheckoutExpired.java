package org.centerformsc.portal.giving;

/** The provider's checkout for course payment {@code paymentId} ended unpaid. */
public record CourseCheckoutExpired(long paymentId) {
}

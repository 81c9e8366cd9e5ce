package org.centerformsc.portal.fees.domain;

/** A checkout started, paid, paid and given back, or ended unpaid at the provider. */
public enum CoursePaymentStatus {
    PENDING, PAID, REFUNDED, EXPIRED
}

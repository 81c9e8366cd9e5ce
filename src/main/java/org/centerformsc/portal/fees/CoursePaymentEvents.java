package org.centerformsc.portal.fees;

import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.giving.CourseChargeRefunded;
import org.centerformsc.portal.giving.CourseCheckoutExpired;
import org.centerformsc.portal.giving.CoursePaymentReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the payment provider reports about course checkouts. A payment is settled in a transaction of its own
 * (Settlement); the rest is applied in the transaction that records the provider's event.
 */
@Component
class CoursePaymentEvents {

    private final Settlement settlement;
    private final CoursePaymentRepository payments;

    CoursePaymentEvents(Settlement settlement, CoursePaymentRepository payments) {
        this.settlement = settlement;
        this.payments = payments;
    }

    @EventListener
    void on(CoursePaymentReported paid) {
        settlement.settle(paid.paymentId(), paid.paymentRef(), paid.amount(), paid.at());
    }

    /** What was refunded at the provider is recorded; the seat stays as it is for staff to decide. */
    @EventListener
    void on(CourseChargeRefunded refunded) {
        payments.findByPaymentRef(refunded.paymentRef())
                .ifPresent(payment -> payment.refundedAtProvider(refunded.refundedMinor(), refunded.at()));
    }

    /** The seat itself is released when its hold ends (enrollment's HoldExpiry); here the checkout is closed. */
    @EventListener
    void on(CourseCheckoutExpired expired) {
        payments.findById(expired.paymentId()).ifPresent(payment -> payment.expired());
    }
}

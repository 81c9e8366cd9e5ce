package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.OfferingCancelled;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.fees.domain.CoursePaymentStatus;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.PaymentGateway;
import org.centerformsc.portal.member.MemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A cancelled offering gives every fee back in full, once the cancellation is committed: each payment in a
 * transaction of its own, with an idempotency key at the provider, so a refund that fails is logged and leaves the
 * others done (and the same key refunds once when it is tried again).
 */
@Component
class CancellationRefunds {

    private static final Logger LOG = LoggerFactory.getLogger(CancellationRefunds.class);

    private final CoursePaymentRepository payments;
    private final PaymentGateway gateway;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CancellationRefunds(CoursePaymentRepository payments, PaymentGateway gateway, ApplicationEventPublisher events,
                        Clock clock, PlatformTransactionManager transactions) {
        this.payments = payments;
        this.gateway = gateway;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // after the cancellation's commit, each refund needs a transaction of its own to commit in
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(OfferingCancelled cancelled) {
        List<Long> paid = transaction.execute(status -> payments.findByOfferingIdAndStatus(
                cancelled.offering().value(), CoursePaymentStatus.PAID).stream().map(CoursePayment::getId).toList());
        for (long id : paid) {
            try {
                transaction.executeWithoutResult(status -> refund(id));
            } catch (RuntimeException failed) {
                LOG.warn("Course payment {} of cancelled offering {} could not be refunded yet: {}", id,
                        cancelled.offering().value(), failed.getMessage());
            }
        }
    }

    private void refund(long id) {
        CoursePayment payment = payments.findForSettlement(id).orElseThrow();
        if (payment.getStatus() != CoursePaymentStatus.PAID) {
            return;
        }
        // what a withdrawal gave back already is not given twice: the rest goes back, so all of it has
        if (payment.notRefundedMinor() > 0) {
            gateway.refund(payment.getPaymentRef(), new Money(payment.notRefundedMinor(), payment.getCurrency()),
                    payment.getIdempotencyKey() + "-cancellation");
        }
        Instant now = clock.instant();
        payment.refunded(now);
        events.publishEvent(new CourseFeeRefunded(payment.getId(), new MemberId(payment.getMemberId()),
                new OfferingId(payment.getOfferingId()), new Money(payment.getAmountMinor(), payment.getCurrency()),
                now));
    }
}

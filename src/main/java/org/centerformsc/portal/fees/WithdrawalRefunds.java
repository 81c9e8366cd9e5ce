package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.enrollment.PlaceGivenUp;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * A member who withdrew gets back what the offering's refund policy gives at the moment they withdrew, once the
 * withdrawal is committed, through the payment port with an idempotency key of its own.
 */
@Component
class WithdrawalRefunds {

    private static final Logger LOG = LoggerFactory.getLogger(WithdrawalRefunds.class);

    private final CoursePaymentRepository payments;
    private final CatalogService catalog;
    private final PaymentGateway gateway;
    private final TransactionTemplate transaction;

    WithdrawalRefunds(CoursePaymentRepository payments, CatalogService catalog, PaymentGateway gateway,
                      PlatformTransactionManager transactions) {
        this.payments = payments;
        this.catalog = catalog;
        this.gateway = gateway;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PlaceGivenUp givenUp) {
        try {
            transaction.executeWithoutResult(status -> {
                OfferingCard course = catalog.offering(givenUp.offering()).map(OfferingDetails::card).orElseThrow();
                payments.findPaidForUpdate(givenUp.offering().value(), givenUp.member().value()).stream().findFirst()
                        .ifPresent(payment -> refund(payment, course, givenUp.at()));
            });
        } catch (RuntimeException failed) {
            LOG.warn("The refund for member {} withdrawing from offering {} failed: {}", givenUp.member().value(),
                    givenUp.offering().value(), failed.getMessage());
        }
    }

    private void refund(CoursePayment payment, OfferingCard course, Instant at) {
        long back = payment.refundOnWithdrawal(course.refundPolicy(), course.firstSessionStart(), course.zone(), at);
        if (back > 0) {
            gateway.refund(payment.getPaymentRef(), new Money(back, payment.getCurrency()),
                    payment.getIdempotencyKey() + "-withdrawal");
            payment.refundedAtProvider(payment.getRefundedMinor() + back, at);
        }
    }
}

package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.PaidSeat;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.PaymentGateway;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Money the provider confirmed, turned into a seat or, when there is no seat to give, back into the member's money
 * (docs/decisions/016). Once per payment whatever reports it: a repeated report changes nothing.
 */
@Component
class Settlement {

    private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);

    private final CoursePaymentRepository payments;
    private final EnrollmentService enrollment;
    private final PaymentGateway gateway;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Settlement(CoursePaymentRepository payments, EnrollmentService enrollment, PaymentGateway gateway,
               ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.payments = payments;
        this.enrollment = enrollment;
        this.gateway = gateway;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        // the seat count inside the offering's turn must see what other turns committed (docs/decisions/005), so
        // this runs in a READ COMMITTED transaction of its own, whatever the caller's: a joined REPEATABLE READ
        // transaction would read the seats as they were before the turn was taken
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Settles course payment {@code paymentId} with the provider's {@code paymentRef}, committed before it returns. A
     * provider's event that is delivered again (its own transaction failed after this one) finds it settled.
     */
    void settle(long paymentId, String paymentRef, Money reported, Instant at) {
        transaction.executeWithoutResult(status -> {
            CoursePayment payment = payments.findForSettlement(paymentId).orElse(null);
            if (payment == null) {
                LOG.warn("The provider reported course payment {}, which the portal does not know", paymentId);
                return;
            }
            if (!payment.paid(paymentRef, at)) {
                return;
            }
            Money amount = new Money(payment.getAmountMinor(), payment.getCurrency());
            if (!amount.equals(reported)) {
                LOG.warn("Course payment {} was for {} but the provider reported {}", paymentId, amount, reported);
            }
            PaidSeat seat = SystemAuthentication.asSystem(() -> enrollment.confirmPayment(
                    new OfferingId(payment.getOfferingId()), new MemberId(payment.getMemberId())));
            // a second payment for a seat already paid (another tab chose another price): it is given back too
            boolean keep = seat == PaidSeat.ALREADY_SEATED ? !paidBefore(payment) : seat.seated();
            if (!keep) {
                // no seat to give: none of the money is kept
                if (payment.getAmountMinor() > 0) {
                    gateway.refund(paymentRef, reported, payment.getIdempotencyKey() + "-refund");
                }
                payment.refunded(at);
            }
            events.publishEvent(new CourseFeeSettled(payment.getId(), new MemberId(payment.getMemberId()),
                    new OfferingId(payment.getOfferingId()), amount, keep, at));
        });
    }

    private boolean paidBefore(CoursePayment payment) {
        return payments.findPaidForUpdate(payment.getOfferingId(), payment.getMemberId()).stream()
                .anyMatch(other -> !other.getId().equals(payment.getId()));
    }
}

package org.centerformsc.portal.giving.offline;

import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.PaymentGateway;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.giving.SubscriptionState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The demo's payment provider: confirms every gift and change at once, moves no money and has no card form.
 * Recurring charges are made by {@link OfflineCharges} on a schedule, the way a provider would report them.
 */
@Component
@ConditionalOnProperty(name = "portal.payments.provider", havingValue = "offline", matchIfMissing = true)
class OfflineGateway implements PaymentGateway {

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public boolean isDemo() {
        return true;
    }

    @Override
    public Checkout giveOnce(Donor donor, Money amount, Designation designation, String campaign) {
        return new Checkout(null, "off_pay_" + UUID.randomUUID(), null);
    }

    @Override
    public Checkout startRecurring(Donor donor, Money amount, Frequency frequency, Designation designation,
                                   String campaign) {
        String ref = "off_sub_" + UUID.randomUUID();
        // the first payment is taken at checkout; the next one is a period later
        return new Checkout(null, ref, new SubscriptionState(ref, amount, SubscriptionState.Status.ACTIVE,
                OfflineSchedule.next(LocalDate.now(), frequency), null));
    }

    @Override
    public SubscriptionState change(SubscriptionState current, Frequency frequency, SubscriptionChange change,
                                    LocalDate today) {
        return OfflineSchedule.apply(current, frequency, change, today);
    }

    @Override
    public String cardUpdateUrl(String customerRef, String returnUrl) {
        return null;
    }

    @Override
    public Checkout payCourse(CoursePurchase purchase) {
        // the same key is the same payment, as at a real provider
        return new Checkout(null, "off_course_" + purchase.idempotencyKey(), null);
    }

    @Override
    public void refund(String paymentRef, Money amount, String idempotencyKey) {
        // no money moved, so none goes back
    }
}

package org.centerformsc.portal.giving.stripe;

import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import org.centerformsc.portal.giving.CourseChargeRefunded;
import org.centerformsc.portal.giving.CourseCheckoutExpired;
import org.centerformsc.portal.giving.CoursePaymentReported;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.GuestDonor;
import org.centerformsc.portal.giving.GuestGivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.SubscriptionState;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.SystemAuthentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Turns verified Stripe events into gifts and subscription states. Each event id is applied once; a payment is
 * recorded once whatever event reports it; a subscription event older than the last applied one is ignored.
 */
@Component
@ConditionalOnProperty(name = "portal.payments.provider", havingValue = "stripe")
class StripeEvents {

    private final GivingService giving;
    private final GuestGivingService guests;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    StripeEvents(GivingService giving, GuestGivingService guests, ApplicationEventPublisher events,
                 PlatformTransactionManager transactions) {
        this.giving = giving;
        this.guests = guests;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        // a course payment takes its seat inside this transaction and must count what other turns committed
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Marking the event seen and applying it commit together: a failure leaves it for Stripe's redelivery. */
    void apply(Event event) {
        SystemAuthentication.asSystem(() -> transaction.execute(status -> {
            if (giving.firstDelivery(event.getId(), event.getType())) {
                dispatch(event);
            }
            return null;
        }));
    }

    private void dispatch(Event event) {
        StripeObject object;
        try {
            object = event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (com.stripe.exception.EventDataObjectDeserializationException unreadable) {
            throw new IllegalArgumentException("Unreadable Stripe event " + event.getId(), unreadable);
        }
        long created = event.getCreated() == null ? 0 : event.getCreated();
        switch (event.getType()) {
            case "checkout.session.completed" -> completed((Session) object, created);
            case "checkout.session.expired" -> expired((Session) object);
            case "charge.refunded" -> refunded((Charge) object, created);
            case "invoice.paid" -> invoicePaid((Invoice) object, created);
            case "invoice.payment_failed" -> paymentFailed((Invoice) object, created);
            case "customer.subscription.updated", "customer.subscription.deleted" ->
                    giving.providerUpdated(StripeStates.of((Subscription) object, null), created);
            default -> {
                // other events are not ours to act on
            }
        }
    }

    private void completed(Session session, long created) {
        Map<String, String> meta = session.getMetadata();
        if ("course".equals(meta.get("kind"))) {
            events.publishEvent(new CoursePaymentReported(Long.parseLong(meta.get("course_payment")),
                    session.getPaymentIntent() != null ? session.getPaymentIntent() : session.getId(),
                    new Money(session.getAmountTotal(), session.getCurrency().toUpperCase(Locale.ROOT)),
                    Instant.ofEpochSecond(created)));
            return;
        }
        if ("true".equals(meta.get("guest"))) {
            guestPaid(session, created);
            return;
        }
        MemberId member = new MemberId(Long.parseLong(meta.get("member_id")));
        Designation designation = Designation.valueOf(meta.getOrDefault("designation", "GENERAL"));
        Money amount = new Money(session.getAmountTotal(), session.getCurrency().toUpperCase(Locale.ROOT));
        if ("subscription".equals(session.getMode())) {
            Frequency frequency = Frequency.valueOf(meta.getOrDefault("frequency", "MONTHLY"));
            giving.providerSubscribed(member, frequency, designation, meta.get("campaign"), session.getCustomer(),
                    new SubscriptionState(session.getSubscription(), amount, SubscriptionState.Status.ACTIVE,
                            (LocalDate) null, null), created);
            return;
        }
        giving.providerPaid(member, amount, designation, meta.get("campaign"), null,
                session.getPaymentIntent() != null ? session.getPaymentIntent() : session.getId(),
                Instant.ofEpochSecond(created));
    }

    private void expired(Session session) {
        Map<String, String> meta = session.getMetadata() == null ? Map.of() : session.getMetadata();
        if ("course".equals(meta.get("kind"))) {
            events.publishEvent(new CourseCheckoutExpired(Long.parseLong(meta.get("course_payment"))));
        }
    }

    /** Course payments are found by their payment intent; a gift's refund is not one of ours to record here. */
    private void refunded(Charge charge, long created) {
        if (charge.getPaymentIntent() != null && charge.getAmountRefunded() != null) {
            events.publishEvent(new CourseChargeRefunded(charge.getPaymentIntent(), charge.getAmountRefunded(),
                    Instant.ofEpochSecond(created)));
        }
    }

    private void invoicePaid(Invoice invoice, long created) {
        if (invoice.getParent() == null || invoice.getParent().getSubscriptionDetails() == null) {
            return;
        }
        var details = invoice.getParent().getSubscriptionDetails();
        Map<String, String> meta = details.getMetadata() == null ? Map.of() : details.getMetadata();
        if (!meta.containsKey("member_id")) {
            return;
        }
        giving.providerPaid(new MemberId(Long.parseLong(meta.get("member_id"))),
                new Money(invoice.getAmountPaid(), invoice.getCurrency().toUpperCase(Locale.ROOT)),
                Designation.valueOf(meta.getOrDefault("designation", "GENERAL")), meta.get("campaign"),
                details.getSubscription(), invoice.getId(), Instant.ofEpochSecond(created));
    }

    /** A one-time gift from a visitor without an account: the e-mail is the one given at checkout. */
    private void guestPaid(Session session, long created) {
        Map<String, String> meta = session.getMetadata();
        String email = session.getCustomerDetails() != null && session.getCustomerDetails().getEmail() != null
                ? session.getCustomerDetails().getEmail() : session.getCustomerEmail();
        String name = meta.getOrDefault("donor_name", email);
        guests.providerPaid(new GuestDonor(name, email),
                new Money(session.getAmountTotal(), session.getCurrency().toUpperCase(Locale.ROOT)),
                Designation.valueOf(meta.getOrDefault("designation", "GENERAL")), meta.get("campaign"),
                session.getPaymentIntent() != null ? session.getPaymentIntent() : session.getId(),
                Instant.ofEpochSecond(created));
    }

    /** Stripe retries a failed subscription charge at {@code next_payment_attempt}; none after the last one. */
    private void paymentFailed(Invoice invoice, long created) {
        if (invoice.getParent() == null || invoice.getParent().getSubscriptionDetails() == null) {
            return;
        }
        Long next = invoice.getNextPaymentAttempt();
        giving.providerPaymentFailed(invoice.getParent().getSubscriptionDetails().getSubscription(),
                next == null ? null : Instant.ofEpochSecond(next).atZone(ZoneOffset.UTC).toLocalDate(), created);
    }
}

package org.centerformsc.portal.giving.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionCancelParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.billingportal.SessionCreateParams;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.PaymentGateway;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.giving.SubscriptionState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stripe through stripe-java: Checkout for one-time and recurring gifts, subscription updates for the donor's
 * changes, the billing portal for the card. Gifts themselves are recorded from Stripe's webhooks
 * ({@link StripeWebhookController}), not from these calls.
 */
@Component
@ConditionalOnProperty(name = "portal.payments.provider", havingValue = "stripe")
@EnableConfigurationProperties(StripeSettings.class)
class StripeGateway implements PaymentGateway {

    private final StripeClient stripe;
    private final StripeSettings settings;

    StripeGateway(StripeSettings settings) {
        this.settings = settings;
        this.stripe = StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBase()).build();
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public boolean isDemo() {
        return false;
    }

    @Override
    public Checkout giveOnce(Donor donor, Money amount, Designation designation, String campaign) {
        return checkout(donor, amount, null, designation, campaign);
    }

    @Override
    public Checkout startRecurring(Donor donor, Money amount, Frequency frequency, Designation designation,
                                   String campaign) {
        return checkout(donor, amount, frequency, designation, campaign);
    }

    private Checkout checkout(Donor donor, Money amount, Frequency frequency, Designation designation,
                              String campaign) {
        var priceData = com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                .setUnitAmount(amount.minorUnits())
                .setProductData(com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.ProductData.builder()
                        .setName("Gift to the Center for Mindful Self-Compassion").build());
        if (frequency != null) {
            priceData.setRecurring(com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.Recurring.builder()
                    .setInterval(frequency == Frequency.YEARLY
                            ? com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.Recurring.Interval.YEAR
                            : com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.Recurring.Interval.MONTH)
                    .build());
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("designation", designation.name());
        metadata.put("frequency", frequency == null ? Frequency.ONCE.name() : frequency.name());
        if (campaign != null) {
            metadata.put("campaign", campaign);
        }
        if (donor.member() == null) {
            // a guest: the webhook records the gift with this name and the e-mail of the checkout (decisions/017)
            metadata.put("guest", "true");
            metadata.put("donor_name", donor.name());
        } else {
            metadata.put("member_id", String.valueOf(donor.member().value()));
        }
        var params = com.stripe.param.checkout.SessionCreateParams.builder()
                .setMode(frequency == null ? com.stripe.param.checkout.SessionCreateParams.Mode.PAYMENT
                        : com.stripe.param.checkout.SessionCreateParams.Mode.SUBSCRIPTION)
                .setSuccessUrl(settings.returnUrl() + "?thanks")
                .setCancelUrl(settings.returnUrl())
                .setCustomerEmail(donor.email())
                .putAllMetadata(metadata)
                .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder()
                        .setQuantity(1L).setPriceData(priceData.build()).build());
        if (donor.member() != null) {
            params.setClientReferenceId(String.valueOf(donor.member().value()));
        }
        if (frequency != null) {
            // the subscription's invoices carry its own metadata, not the session's: invoice.paid reads it there
            params.setSubscriptionData(com.stripe.param.checkout.SessionCreateParams.SubscriptionData.builder()
                    .putAllMetadata(metadata).build());
        }
        try {
            Session session = stripe.v1().checkout().sessions().create(params.build());
            return new Checkout(session.getUrl(), session.getId(), null);
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused the checkout: " + e.getMessage(), e);
        }
    }

    @Override
    public SubscriptionState change(SubscriptionState current, Frequency frequency, SubscriptionChange change,
                                    LocalDate today) {
        try {
            Subscription updated;
            if (change instanceof SubscriptionChange.Cancel cancel) {
                updated = stripe.v1().subscriptions().cancel(current.providerRef(), SubscriptionCancelParams.builder()
                        .setCancellationDetails(SubscriptionCancelParams.CancellationDetails.builder()
                                .setComment(cancel.reason()).build()).build());
            } else if (change instanceof SubscriptionChange.ChangeAmount amount) {
                updated = stripe.v1().subscriptions().update(current.providerRef(),
                        newAmount(stripe.v1().subscriptions().retrieve(current.providerRef()), amount.amount(), frequency));
            } else {
                updated = stripe.v1().subscriptions().update(current.providerRef(), update(current, frequency, change));
            }
            return StripeStates.of(updated, current.amount());
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused the change: " + e.getMessage(), e);
        }
    }

    private static SubscriptionUpdateParams update(SubscriptionState current, Frequency frequency,
                                                   SubscriptionChange change) {
        var params = SubscriptionUpdateParams.builder()
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.NONE);
        if (change instanceof SubscriptionChange.Pause pause) {
            params.setPauseCollection(SubscriptionUpdateParams.PauseCollection.builder()
                    .setBehavior(SubscriptionUpdateParams.PauseCollection.Behavior.VOID)
                    .setResumesAt(epoch(pause.resumeOn())).build());
        } else if (change instanceof SubscriptionChange.Resume) {
            params.setPauseCollection(com.stripe.param.common.EmptyParam.EMPTY);
        } else if (change instanceof SubscriptionChange.ChangeNextChargeDate date) {
            // Stripe moves the next charge by a free period ending on the new date
            params.setTrialEnd(epoch(date.date()));
        } else if (change instanceof SubscriptionChange.SkipNext) {
            LocalDate next = current.nextChargeOn() == null ? LocalDate.now(ZoneOffset.UTC) : current.nextChargeOn();
            params.setTrialEnd(epoch(frequency == Frequency.YEARLY ? next.plusYears(1) : next.plusMonths(1)));
        }
        return params.build();
    }

    /** A new amount is a new price on the subscription's one item, for the same product. */
    private static SubscriptionUpdateParams newAmount(Subscription subscription, Money amount, Frequency frequency) {
        var item = subscription.getItems().getData().get(0);
        return SubscriptionUpdateParams.builder()
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.NONE)
                .addItem(SubscriptionUpdateParams.Item.builder().setId(item.getId())
                        .setPriceData(SubscriptionUpdateParams.Item.PriceData.builder()
                                .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(amount.minorUnits())
                                .setProduct(item.getPrice().getProduct())
                                .setRecurring(SubscriptionUpdateParams.Item.PriceData.Recurring.builder()
                                        .setInterval(frequency == Frequency.YEARLY
                                                ? SubscriptionUpdateParams.Item.PriceData.Recurring.Interval.YEAR
                                                : SubscriptionUpdateParams.Item.PriceData.Recurring.Interval.MONTH)
                                        .build())
                                .build())
                        .build())
                .build();
    }

    @Override
    public String cardUpdateUrl(String customerRef, String returnUrl) {
        try {
            return stripe.v1().billingPortal().sessions().create(SessionCreateParams.builder()
                    .setCustomer(customerRef).setReturnUrl(returnUrl).build()).getUrl();
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused the card page: " + e.getMessage(), e);
        }
    }

    @Override
    public Checkout payCourse(CoursePurchase purchase) {
        String back = settings.siteUrl() + purchase.returnPath();
        var params = com.stripe.param.checkout.SessionCreateParams.builder()
                .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl(back + "?paid")
                .setCancelUrl(back)
                .setCustomerEmail(purchase.email())
                .setClientReferenceId(String.valueOf(purchase.member().value()))
                .putMetadata("kind", "course")
                .putMetadata("course_payment", String.valueOf(purchase.paymentId()))
                .putMetadata("member_id", String.valueOf(purchase.member().value()))
                .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(purchase.amount().currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(purchase.amount().minorUnits())
                                .setProductData(com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData
                                        .ProductData.builder().setName(purchase.description()).build())
                                .build())
                        .build());
        try {
            Session session = stripe.v1().checkout().sessions().create(params.build(),
                    RequestOptions.builder().setIdempotencyKey(purchase.idempotencyKey()).build());
            return new Checkout(session.getUrl(), session.getId(), null);
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused the course checkout: " + e.getMessage(), e);
        }
    }

    @Override
    public void refund(String paymentRef, Money amount, String idempotencyKey) {
        try {
            stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(paymentRef)
                    .setAmount(amount.minorUnits()).build(),
                    RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe refused the refund: " + e.getMessage(), e);
        }
    }

    private static long epoch(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}

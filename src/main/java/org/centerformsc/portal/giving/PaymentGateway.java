package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;

/**
 * The payment provider, behind a port: an offline gateway for the embedded default and demos, Stripe in
 * production. Card data never reaches the portal. Every change to a recurring gift goes to the provider, and the
 * portal stores what the provider confirms.
 */
public interface PaymentGateway {

    /** "offline" or "stripe": stored with each recurring gift. */
    String name();

    /** True when no real money moves; the UI says so. */
    boolean isDemo();

    /** A one-time gift: confirmed at once (offline) or a hosted checkout page to send the donor to. */
    Checkout giveOnce(Donor donor, Money amount, Designation designation, String campaign);

    /** A recurring gift starting today: confirmed at once (offline) or a hosted checkout page. */
    Checkout startRecurring(Donor donor, Money amount, Frequency frequency, Designation designation, String campaign);

    /** Applies a change at the provider and returns the state the provider confirms. */
    SubscriptionState change(SubscriptionState current, Frequency frequency, SubscriptionChange change, LocalDate today);

    /** The provider's hosted page where the donor updates their card, or null when there is none (offline). */
    String cardUpdateUrl(String customerRef, String returnUrl);

    /**
     * A course fee (docs/decisions/016): confirmed at once (offline) or a hosted checkout page in payment mode. The
     * purchase's idempotency key goes with the request, so a repeated request is the same checkout at the provider.
     */
    Checkout payCourse(CoursePurchase purchase);

    /** Returns {@code amount} of a course payment; the same idempotency key refunds once however often it is sent. */
    void refund(String paymentRef, Money amount, String idempotencyKey);

    /** {@code member} is null for a visitor giving once without an account (docs/decisions/017). */
    record Donor(MemberId member, String name, String email) {
    }

    /**
     * A course fee to collect: {@code paymentId} is the portal's own course payment, reported back with the
     * provider's confirmation; {@code returnPath} is the course page the member comes back to.
     */
    record CoursePurchase(MemberId member, String email, Money amount, String description, long paymentId,
                          String idempotencyKey, String returnPath) {
    }

    /** {@code redirectUrl} null: confirmed now, {@code confirmed} holds the provider's reference and state. */
    record Checkout(String redirectUrl, String providerRef, SubscriptionState confirmed) {
    }
}

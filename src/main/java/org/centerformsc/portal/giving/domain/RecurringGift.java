package org.centerformsc.portal.giving.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.SubscriptionState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A donor's recurring gift, mirroring what the payment provider last confirmed. A failed charge is kept beside the
 * state (the provider retries while the gift stays active); if the provider ends the gift while a charge is failing,
 * it has lapsed, which is not the donor cancelling it (docs/decisions/017).
 */
@Entity
@Table(name = "recurring_gift")
public class RecurringGift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(name = "provider_ref", nullable = false, updatable = false)
    private String providerRef;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Designation designation;

    @Column(updatable = false)
    private String campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionState.Status status;

    @Column(name = "next_charge_on")
    private LocalDate nextChargeOn;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "customer_ref")
    private String customerRef;

    @Column(name = "provider_updated_at", nullable = false)
    private long providerUpdatedAt;

    @Column(name = "payment_failed_at")
    private Instant paymentFailedAt;

    @Column(name = "next_retry_on")
    private LocalDate nextRetryOn;

    /** Creation time of the last payment outcome applied (failed or paid), ordered apart from subscription events. */
    @Column(name = "payment_event_at", nullable = false)
    private long paymentEventAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RecurringGift() {
    }

    public RecurringGift(long memberId, String provider, Frequency frequency, Designation designation, String campaign,
                         SubscriptionState confirmed, Instant now) {
        if (frequency == Frequency.ONCE) {
            throw new IllegalArgumentException("A recurring gift is monthly or yearly");
        }
        this.memberId = memberId;
        this.provider = provider;
        this.providerRef = confirmed.providerRef();
        this.currency = confirmed.amount().currency();
        this.frequency = frequency;
        this.designation = designation;
        this.campaign = campaign;
        this.createdAt = now;
        confirm(confirmed, now);
    }

    /** Takes over what the provider confirmed; the currency of a subscription never changes. */
    public void confirm(SubscriptionState state, Instant now) {
        if (!state.providerRef().equals(providerRef) || !state.amount().currency().equals(currency)) {
            throw new IllegalArgumentException("Confirmation is for another subscription");
        }
        this.amountMinor = state.amount().minorUnits();
        this.status = state.status();
        this.nextChargeOn = state.nextChargeOn();
        this.pausedUntil = state.pausedUntil();
        this.updatedAt = now;
    }

    /** True when an event created at {@code eventCreated} is not older than the last one applied. */
    public boolean acceptsEventFrom(long eventCreated) {
        return eventCreated >= providerUpdatedAt;
    }

    public void linkCustomer(String customer, long eventCreated) {
        if (customer != null) {
            this.customerRef = customer;
        }
        this.providerUpdatedAt = Math.max(providerUpdatedAt, eventCreated);
    }

    public String getCustomerRef() {
        return customerRef;
    }

    /**
     * A state the provider reported by itself (a webhook), unless older than the last one applied. An end while a
     * charge is failing is a lapse. Returns whether it was applied.
     */
    public boolean reported(SubscriptionState state, long eventCreated, Instant now) {
        if (!acceptsEventFrom(eventCreated)) {
            return false;
        }
        confirm(state, now);
        if (status == SubscriptionState.Status.CANCELLED && paymentFailedAt != null) {
            status = SubscriptionState.Status.LAPSED;
        }
        if (status == SubscriptionState.Status.LAPSED) {
            nextRetryOn = null;
        }
        linkCustomer(null, eventCreated);
        return true;
    }

    /**
     * A charge failed; the provider retries on {@code nextRetryOn} (null: no more tries). Ignored for an ended gift
     * or when a newer payment outcome was applied already. Returns whether it was applied.
     */
    public boolean paymentFailed(LocalDate nextRetryOn, long eventCreated, Instant now) {
        if (hasEnded() || eventCreated < paymentEventAt) {
            return false;
        }
        if (paymentFailedAt == null) {
            paymentFailedAt = now;
        }
        this.nextRetryOn = nextRetryOn;
        this.paymentEventAt = eventCreated;
        this.updatedAt = now;
        return true;
    }

    /** A charge went through: a failure reported before it is over. */
    public void paymentSucceeded(long eventCreated, Instant now) {
        if (eventCreated < paymentEventAt) {
            return;
        }
        paymentEventAt = eventCreated;
        if (paymentFailedAt != null) {
            paymentFailedAt = null;
            nextRetryOn = null;
            updatedAt = now;
        }
    }

    /** The donor cancelled: whatever the provider reports next, this gift did not lapse. */
    public void cancelledBecause(String reason) {
        this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.paymentFailedAt = null;
        this.nextRetryOn = null;
    }

    public boolean hasEnded() {
        return status == SubscriptionState.Status.CANCELLED || status == SubscriptionState.Status.LAPSED;
    }

    /** True while a charge has failed and no later one went through (lapsed gifts keep it, to say why). */
    public boolean isPaymentFailing() {
        return paymentFailedAt != null;
    }

    public SubscriptionState state() {
        return new SubscriptionState(providerRef, new Money(amountMinor, currency), status, nextChargeOn, pausedUntil);
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public String getProvider() { return provider; }
    public Frequency getFrequency() { return frequency; }
    public Designation getDesignation() { return designation; }
    public String getCampaign() { return campaign; }
    public SubscriptionState.Status getStatus() { return status; }
    public LocalDate getNextChargeOn() { return nextChargeOn; }
    public LocalDate getPausedUntil() { return pausedUntil; }
    public LocalDate getNextRetryOn() { return nextRetryOn; }
    public Instant getCreatedAt() { return createdAt; }
}

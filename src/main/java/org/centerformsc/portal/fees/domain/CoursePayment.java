package org.centerformsc.portal.fees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.centerformsc.portal.catalog.RefundPolicy;
import org.centerformsc.portal.fees.PriceQuote;
import org.centerformsc.portal.fees.PriceReason;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One checkout a member started for a held seat, and what became of its money. The idempotency key names the hold
 * (docs/decisions/016): a second click or tab finds this payment instead of making another.
 */
@Entity
@Table(name = "course_payment")
public class CoursePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_reason", nullable = false, updatable = false)
    private PriceReason priceReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CoursePaymentStatus status;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(name = "checkout_ref")
    private String checkoutRef;

    @Column(name = "checkout_url")
    private String checkoutUrl;

    @Column(name = "payment_ref")
    private String paymentRef;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    /** What a scholarship took off the standard price (docs/decisions/018). */
    @Column(name = "scholarship_minor", nullable = false, updatable = false)
    private long scholarshipMinor;

    @Column(name = "scholarship_request_id", updatable = false)
    private Long scholarshipRequestId;

    protected CoursePayment() {
    }

    public CoursePayment(long offeringId, long memberId, String idempotencyKey, PriceQuote quote, String provider,
                         Instant now) {
        if (quote.isFree() && quote.reason() != PriceReason.SCHOLARSHIP) {
            // a scholarship may cover the whole price; otherwise a free course takes no payment
            throw new IllegalArgumentException("A free course takes no payment");
        }
        this.offeringId = offeringId;
        this.memberId = memberId;
        this.idempotencyKey = idempotencyKey;
        this.currency = quote.currency();
        this.amountMinor = quote.amountMinor();
        this.priceReason = quote.reason();
        this.provider = provider;
        this.status = CoursePaymentStatus.PENDING;
        this.createdAt = now;
        this.scholarshipMinor = quote.scholarshipMinor();
    }

    /** A payment for the price a granted scholarship reduced. */
    public CoursePayment(long offeringId, long memberId, String idempotencyKey, PriceQuote quote, String provider,
                         Instant now, long scholarshipRequestId) {
        this(offeringId, memberId, idempotencyKey, quote, provider, now);
        this.scholarshipRequestId = scholarshipRequestId;
    }

    /** The provider's hosted checkout for this payment. */
    public void opened(String checkoutRef, String checkoutUrl) {
        this.checkoutRef = checkoutRef;
        this.checkoutUrl = checkoutUrl;
    }

    /** The provider confirms the money; false when this payment was already settled (a repeated report). */
    public boolean paid(String paymentRef, Instant at) {
        if (status == CoursePaymentStatus.PAID || status == CoursePaymentStatus.REFUNDED) {
            return false;
        }
        this.status = CoursePaymentStatus.PAID;
        this.paymentRef = paymentRef;
        this.paidAt = at;
        return true;
    }

    /** All of the money went back (no seat to give, or the course was cancelled). */
    public void refunded(Instant at) {
        if (status != CoursePaymentStatus.PAID) {
            throw new IllegalStateException("Only a paid course payment is refunded");
        }
        this.status = CoursePaymentStatus.REFUNDED;
        this.refundedMinor = amountMinor;
        this.refundedAt = at;
    }

    /**
     * The provider reports {@code totalMinor} given back so far (staff may refund at the provider directly): the
     * payment is refunded once all of it went back. Reports never lower what was recorded.
     */
    public void refundedAtProvider(long totalMinor, Instant at) {
        if (status != CoursePaymentStatus.PAID && status != CoursePaymentStatus.REFUNDED) {
            return;
        }
        long total = Math.min(amountMinor, Math.max(refundedMinor, totalMinor));
        if (total > refundedMinor) {
            refundedMinor = total;
            refundedAt = at;
        }
        if (refundedMinor == amountMinor) {
            status = CoursePaymentStatus.REFUNDED;
        }
    }

    /** What of the payment has not gone back yet. */
    public long notRefundedMinor() {
        return amountMinor - refundedMinor;
    }

    /**
     * What a member who withdraws {@code at} gets back under the offering's policy, less what went back already;
     * nothing unless this payment is paid.
     */
    public long refundOnWithdrawal(RefundPolicy policy, Instant firstSession, ZoneId zone, Instant at) {
        if (status != CoursePaymentStatus.PAID) {
            return 0;
        }
        return Math.max(0, policy.refundMinor(amountMinor, firstSession, zone, at) - refundedMinor);
    }

    /** The provider's checkout ended unpaid; a later report of payment still settles it. */
    public void expired() {
        if (status == CoursePaymentStatus.PENDING) {
            status = CoursePaymentStatus.EXPIRED;
        }
    }

    public Long getId() {
        return id;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getCurrency() {
        return currency;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public PriceReason getPriceReason() {
        return priceReason;
    }

    public CoursePaymentStatus getStatus() {
        return status;
    }

    public String getCheckoutUrl() {
        return checkoutUrl;
    }

    public String getPaymentRef() {
        return paymentRef;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public long getScholarshipMinor() {
        return scholarshipMinor;
    }

    public Long getScholarshipRequestId() {
        return scholarshipRequestId;
    }

    public long getRefundedMinor() {
        return refundedMinor;
    }
}

package org.centerformsc.portal.giving.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A gift, in minor units of its currency, optionally designated to a campaign. A member's, or a guest's: a visitor
 * who gave without an account has no member but a name and e-mail, until they sign in with that e-mail verified
 * and the gift is attached to them (docs/decisions/017).
 */
@Entity
@Table(name = "gift")
public class Gift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null for a guest's gift; set once, by {@link GiftRepository#attachGuestGifts}. */
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(updatable = false)
    private String campaign;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private String designation = "GENERAL";

    @Column(name = "recurring_gift_id", updatable = false)
    private Long recurringGiftId;

    @Column(name = "provider_ref", updatable = false)
    private String providerRef;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "donor_name", updatable = false)
    private String donorName;

    @Column(name = "donor_email", updatable = false)
    private String donorEmail;

    protected Gift() {
    }

    public Gift(Long memberId, long amountMinor, String currency, String campaign, Instant givenAt, String source,
                String recordedBy) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A gift is a positive amount");
        }
        this.memberId = memberId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.campaign = campaign;
        this.givenAt = givenAt;
        this.source = source;
        this.recordedBy = recordedBy;
        this.designation = campaign == null ? "GENERAL" : "CAMPAIGN";
    }

    /** A gift received through the payment provider (one-time, or a charge of a recurring gift). */
    public static Gift paid(Long memberId, long amountMinor, String currency, String designation, String campaign,
                            Long recurringGiftId, String providerRef, Instant givenAt, String provider) {
        Gift gift = new Gift(memberId, amountMinor, currency, campaign, givenAt, provider.toUpperCase(), provider);
        gift.designation = designation;
        gift.recurringGiftId = recurringGiftId;
        gift.providerRef = providerRef;
        return gift;
    }

    /** A one-time gift from a visitor without an account, received through the payment provider. */
    public static Gift paidByGuest(String donorName, String donorEmail, long amountMinor, String currency,
                                   String designation, String campaign, String providerRef, Instant givenAt,
                                   String provider) {
        if (donorName == null || donorEmail == null) {
            throw new IllegalArgumentException("A guest gift names its donor");
        }
        Gift gift = paid(null, amountMinor, currency, designation, campaign, null, providerRef, givenAt, provider);
        gift.donorName = donorName;
        gift.donorEmail = donorEmail;
        return gift;
    }

    /** True when the gift is this member's (given while signed in, or attached later). */
    public boolean isGivenBy(long member) {
        return memberId != null && memberId == member;
    }

    public Long getId() { return id; }
    /** The member, or null for a guest's gift not yet attached to anyone. */
    public Long getMemberId() { return memberId; }
    public String getDonorName() { return donorName; }
    public String getDonorEmail() { return donorEmail; }
    public String getDesignation() { return designation; }
    public Long getRecurringGiftId() { return recurringGiftId; }
    public long getAmountMinor() { return amountMinor; }
    public String getCurrency() { return currency; }
    public String getCampaign() { return campaign; }
    public Instant getGivenAt() { return givenAt; }
}

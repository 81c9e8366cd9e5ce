package org.centerformsc.portal.giving.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A gift a member gave, in minor units of its currency, optionally designated to a campaign. */
@Entity
@Table(name = "gift")
public class Gift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

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

    protected Gift() {
    }

    public Gift(long memberId, long amountMinor, String currency, String campaign, Instant givenAt, String source,
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
    public static Gift paid(long memberId, long amountMinor, String currency, String designation, String campaign,
                            Long recurringGiftId, String providerRef, Instant givenAt, String provider) {
        Gift gift = new Gift(memberId, amountMinor, currency, campaign, givenAt, provider.toUpperCase(), provider);
        gift.designation = designation;
        gift.recurringGiftId = recurringGiftId;
        gift.providerRef = providerRef;
        return gift;
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public String getDesignation() { return designation; }
    public Long getRecurringGiftId() { return recurringGiftId; }
    public long getAmountMinor() { return amountMinor; }
    public String getCurrency() { return currency; }
    public String getCampaign() { return campaign; }
    public Instant getGivenAt() { return givenAt; }
}

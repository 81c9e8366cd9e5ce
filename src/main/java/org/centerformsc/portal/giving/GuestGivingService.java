package org.centerformsc.portal.giving;

import org.centerformsc.portal.giving.domain.GiftRepository;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * Gifts from visitors without an account: one-time only (a recurring gift needs an account to manage it), stored
 * with the donor's name and e-mail and no member, until someone signs in with that e-mail verified by the identity
 * provider. See docs/decisions/017.
 */
@Service
public class GuestGivingService {

    private final GiftRepository gifts;
    private final PaymentGateway gateway;
    private final GiftRecords records;
    private final Clock clock;

    GuestGivingService(GiftRepository gifts, PaymentGateway gateway, GiftRecords records, Clock clock) {
        this.gifts = gifts;
        this.gateway = gateway;
        this.records = records;
        this.clock = clock;
    }

    /**
     * A one-time gift from a visitor; open to anyone, as the giving page is. Returns null when the provider
     * confirmed it at once (the receipt then goes to the e-mail given), or the provider's hosted checkout page.
     * Bad input is refused ({@link GuestDonor.Refused}, {@link GiftAmounts.InvalidGift}) before anything is stored.
     */
    @Transactional
    public String give(String name, String email, BigDecimal amount, String currency, Designation designation,
                       String campaign) {
        GuestDonor donor = GuestDonor.of(name, email);
        Money money = GiftAmounts.toMoney(amount, currency);
        Instant now = clock.instant();
        String designatedCampaign = designation == Designation.CAMPAIGN ? records.requireOpenCampaign(campaign, now)
                : null;
        PaymentGateway.Checkout checkout = gateway.giveOnce(new PaymentGateway.Donor(null, donor.name(),
                donor.email()), money, designation, designatedCampaign);
        if (checkout.redirectUrl() == null) {
            records.guest(donor, money, designation, designatedCampaign, checkout.providerRef(), now);
        }
        return checkout.redirectUrl();
    }

    /** A guest's payment the provider confirmed; a second report of the same payment is ignored. */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void providerPaid(GuestDonor donor, Money amount, Designation designation, String campaign,
                             String paymentRef, Instant when) {
        if (records.alreadyRecorded(paymentRef)) {
            return;
        }
        String known = records.knownCampaign(campaign);
        records.guest(donor, amount, GiftRecords.designationFor(designation, known), known, paymentRef, when);
    }

    /**
     * Guests' gifts given with this e-mail (in any case) become the member's, who signed in with it verified: they
     * join the member's history and count for replays. Idempotent; returns how many were attached.
     */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public int attachGuestGifts(MemberId member, String verifiedEmail) {
        if (verifiedEmail == null || verifiedEmail.isBlank()) {
            return 0;
        }
        return gifts.attachGuestGifts(member.value(), verifiedEmail.strip());
    }
}

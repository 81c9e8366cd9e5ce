package org.centerformsc.portal.giving;

import org.centerformsc.portal.giving.domain.Campaign;
import org.centerformsc.portal.giving.domain.CampaignRepository;
import org.centerformsc.portal.giving.domain.Gift;
import org.centerformsc.portal.giving.domain.GiftRepository;
import org.centerformsc.portal.member.MemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What members' and guests' gifts share: which campaign a gift may name, and recording a gift the provider
 * confirmed (with its {@link GiftRecorded} event). Called inside the giving services' transactions.
 */
@Component
class GiftRecords {

    private static final Logger log = LoggerFactory.getLogger(GiftRecords.class);

    private final GiftRepository gifts;
    private final CampaignRepository campaigns;
    private final PaymentGateway gateway;
    private final ApplicationEventPublisher events;

    GiftRecords(GiftRepository gifts, CampaignRepository campaigns, PaymentGateway gateway,
                ApplicationEventPublisher events) {
        this.gifts = gifts;
        this.campaigns = campaigns;
        this.gateway = gateway;
        this.events = events;
    }

    void member(MemberId member, Money amount, Designation designation, String campaign, Long recurringGiftId,
                String providerRef, Instant when) {
        published(Gift.paid(member.value(), amount.minorUnits(), amount.currency(), designation.name(), campaign,
                recurringGiftId, providerRef, when, gateway.name()), member);
    }

    void guest(GuestDonor donor, Money amount, Designation designation, String campaign, String providerRef,
               Instant when) {
        published(Gift.paidByGuest(donor.name(), donor.email(), amount.minorUnits(), amount.currency(),
                designation.name(), campaign, providerRef, when, gateway.name()), null);
    }

    boolean alreadyRecorded(String providerRef) {
        return gifts.existsByProviderRef(providerRef);
    }

    private void published(Gift unsaved, MemberId member) {
        Gift gift = gifts.save(unsaved);
        events.publishEvent(new GiftRecorded(gift.getId(), member, new Money(gift.getAmountMinor(),
                gift.getCurrency()), gift.getCampaign(), gift.getGivenAt()));
    }

    /** The campaign a donor chose, if it takes gifts at {@code now}; otherwise an {@link GiftAmounts.InvalidGift}. */
    String requireOpenCampaign(String campaign, Instant now) {
        return Optional.ofNullable(campaign).flatMap(campaigns::findById)
                .filter(open -> open.acceptsGiftsOn(now.atZone(ZoneOffset.UTC).toLocalDate()))
                .map(Campaign::getCode)
                .orElseThrow(() -> new GiftAmounts.InvalidGift("giving.invalid.campaign"));
    }

    /**
     * The provider reports what a donor paid; the money is in, so a campaign no longer known (a typo in the
     * provider's dashboard) must not lose the gift: it is recorded without the campaign and logged.
     */
    String knownCampaign(String campaign) {
        if (campaign == null || campaigns.existsById(campaign)) {
            return campaign;
        }
        log.warn("The payment provider named an unknown campaign {}; the gift is recorded without it", campaign);
        return null;
    }

    static Designation designationFor(Designation reported, String knownCampaign) {
        return reported == Designation.CAMPAIGN && knownCampaign == null ? Designation.GENERAL : reported;
    }
}

package org.centerformsc.portal.giving;

import org.centerformsc.portal.giving.domain.Gift;
import org.centerformsc.portal.giving.domain.GiftRepository;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Gifts. So far staff record them by hand; payments come with the giving capability. */
@Service
public class GivingService {

    private final GiftRepository gifts;
    private final MemberService members;
    private final ApplicationEventPublisher events;

    GivingService(GiftRepository gifts, MemberService members, ApplicationEventPublisher events) {
        this.gifts = gifts;
        this.members = members;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void recordManualGift(MemberId member, Money amount, String campaign, Instant givenAt) {
        gifts.save(new Gift(member.value(), amount.minorUnits(), amount.currency(), campaign, givenAt, "MANUAL",
                members.actorName()));
        events.publishEvent(new GiftRecorded(member, amount, campaign, givenAt));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public boolean hasGiven(MemberId member, String campaign) {
        return gifts.findByMemberIdOrderByGivenAtDesc(member.value()).stream()
                .anyMatch(gift -> campaign.equals(gift.getCampaign()));
    }

    /** The signed-in member's own gifts, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GiftSummary> myGifts() {
        return gifts.findByMemberIdOrderByGivenAtDesc(members.currentMemberId().value()).stream()
                .map(g -> new GiftSummary(new Money(g.getAmountMinor(), g.getCurrency()), g.getCampaign(),
                        g.getGivenAt())).toList();
    }
}

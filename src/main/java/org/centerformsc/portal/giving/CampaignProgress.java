package org.centerformsc.portal.giving;

import java.util.List;

/**
 * How far a campaign has come: what was raised in its own currency, gifts in other currencies listed beside it
 * (never converted), how many people gave, and whether it takes gifts today.
 */
public record CampaignProgress(CampaignSummary campaign, boolean acceptsGifts, Money raised,
                               List<Money> raisedInOtherCurrencies, long donors) {

    /** Whole percent of the goal reached in the campaign's currency; empty without a goal. */
    public java.util.OptionalInt percentOfGoal() {
        if (campaign.goal() == null) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of((int) Math.min(100, raised.minorUnits() * 100 / campaign.goal().minorUnits()));
    }
}

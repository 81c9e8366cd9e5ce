package org.centerformsc.portal.giving;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff type into the campaign form; {@link CampaignService} checks it before anything is stored. */
public record CampaignDraft(String code, String name, String description, String currency, BigDecimal goal,
                            LocalDate startsOn, LocalDate endsOn, boolean active) {

    public static CampaignDraft of(CampaignSummary campaign) {
        return new CampaignDraft(campaign.code(), campaign.name(), campaign.description(), campaign.currency(),
                campaign.goal() == null ? null : GiftAmounts.toDecimal(campaign.goal()), campaign.startsOn(),
                campaign.endsOn(), campaign.active());
    }
}

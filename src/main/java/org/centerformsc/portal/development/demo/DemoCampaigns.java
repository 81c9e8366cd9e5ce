package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.giving.CampaignDraft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The campaigns of CMSC's newsletter: the International Women's Day replay ("extended access for one year is
 * available for a donation of $15 or more") and Giving Tuesday. Goals and end dates are assumed.
 */
final class DemoCampaigns {

    static final List<CampaignDraft> ALL = List.of(
            new CampaignDraft(DemoReplay.CAMPAIGN, "International Women's Day 2026 replay",
                    "Extended access to the replay of \"The Courage to Speak, The Right to Belong\" for one year, for a "
                            + "donation of $15 or more to support CMSC's programming and Circles of Practice retreats "
                            + "and daily sessions.", "USD", null, LocalDate.of(2026, 3, 7), null, true),
            new CampaignDraft("GIVING-TUESDAY-2026", "Giving Tuesday 2026",
                    "Your gift lets us share self-compassion training around the world and keep Circles of Practice "
                            + "free to those in need.", "USD", new BigDecimal("50000"), LocalDate.of(2026, 11, 24),
                    LocalDate.of(2026, 12, 31), true));

    private DemoCampaigns() {
    }
}

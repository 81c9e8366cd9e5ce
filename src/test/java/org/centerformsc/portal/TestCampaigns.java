package org.centerformsc.portal;

import org.centerformsc.portal.giving.CampaignDraft;
import org.centerformsc.portal.giving.CampaignService;

import java.time.LocalDate;
import java.util.UUID;

/** Campaigns for tests: gifts and replays may only name a campaign that staff keep. */
public final class TestCampaigns {

    private TestCampaigns() {
    }

    /** A campaign open for gifts since 2020, created by staff unless it exists. Returns its code. */
    public static String open(CampaignService campaigns, String code) {
        return TestLogins.asStaff(() -> {
            if (campaigns.campaign(code).isEmpty()) {
                campaigns.create(new CampaignDraft(code, "Campaign " + code, null, "USD", null,
                        LocalDate.of(2020, 1, 1), null, true));
            }
            return code;
        });
    }

    /** A new open campaign with a code nobody else uses. */
    public static String fresh(CampaignService campaigns, String prefix) {
        return open(campaigns, prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }
}

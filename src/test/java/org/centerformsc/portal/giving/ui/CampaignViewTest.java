package org.centerformsc.portal.giving.ui;

import org.centerformsc.portal.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.giving.CampaignDraft;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignViewTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    CampaignService campaigns;

    @Autowired
    GivingService giving;

    @Test
    void aVisitorSeesTheProgressAndGivesFromThePageWithTheCampaignChosen() {
        String code = campaign(true, new BigDecimal("200"));
        TestLogins.asStaff(() -> {
            MemberId donor = members.registerIfAbsent(new MemberIdentity(ISSUER, "campaign-donor-" + UUID.randomUUID()),
                    "Dana Donor", null, "en-US");
            giving.recordManualGift(donor, new Money(5000, "USD"), code, Instant.now());
            return null;
        });
        visitAnonymously();

        UI.getCurrent().navigate("campaigns/" + code);

        String page = _get(Div.class, spec -> spec.withId("campaign-progress")).getElement().getTextRecursively();
        assertThat(page).contains("$50.00 raised of $200.00 (25%)").contains("1 person has given");
        _click(_get(Button.class, spec -> spec.withId("campaign-give")));
        GiveForm form = _get(GiveForm.class);
        assertThat(form.designation.getValue()).isEqualTo(Designation.CAMPAIGN);
        assertThat(form.campaign.getValue()).isEqualTo(code);
    }

    @Test
    void aClosedCampaignSaysSoAndOffersNoGiving() {
        String code = campaign(false, null);
        visitAnonymously();

        UI.getCurrent().navigate("campaigns/" + code);

        assertThat(_find(Button.class, spec -> spec.withId("campaign-give"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("campaign-progress")).getElement().getTextRecursively())
                .contains("$0.00 raised").contains("No gifts yet");
        UI.getCurrent().navigate("giving", com.vaadin.flow.router.QueryParameters.of("campaign", code));
        assertThat(_get(GiveForm.class).designation.getValue()).isEqualTo(Designation.GENERAL);
        assertThat(_get(GiveForm.class).campaign.getListDataView().contains(code)).isFalse();
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        visitAnonymously();

        UI.getCurrent().navigate("campaigns/NO-SUCH-CAMPAIGN");

        assertThat(_find(CampaignView.class)).isEmpty();
    }

    private String campaign(boolean active, BigDecimal goal) {
        String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestLogins.asStaff(() -> campaigns.create(new CampaignDraft(code, "Page " + code,
                "What it is for", "USD", goal, TODAY.minusDays(1), null, active)));
        return code;
    }
}

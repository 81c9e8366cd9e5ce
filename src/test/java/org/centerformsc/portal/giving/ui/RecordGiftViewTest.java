package org.centerformsc.portal.giving.ui;

import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.giving.CampaignService;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RecordGiftViewTest extends KaribuTest {

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @BeforeEach
    void iwdCampaignIsOpen() {
        TestCampaigns.open(campaigns, "IWD-2026");
    }

    @Test
    void staffRecordAGiftForAMemberFoundByEmailAndBadAmountsAreRefused() {
        var donor = TestLogins.signedUp(members, "Gwen Gift");
        String donorEmail = TestLogins.email(donor.getPrincipal().getAttribute("sub"));
        signInAs("gifts-staff", "Stu Staff", Roles.STAFF);
        UI.getCurrent().navigate(RecordGiftView.class);
        RecordGiftView view = _get(RecordGiftView.class);
        _setValue(view.email, "nobody@nowhere.invalid");
        _click(_get(Button.class, spec -> spec.withId("record-gift")));
        assertThat(error()).isEqualTo("No member has this email address.");

        _setValue(view.email, donorEmail);
        _setValue(view.amount, new BigDecimal("25.005"));
        _setValue(view.givenOn, LocalDate.of(2026, 3, 8));
        _click(_get(Button.class, spec -> spec.withId("record-gift")));
        assertThat(error()).isEqualTo("Give a positive amount with at most the currency's decimals (e.g. 25.00).");

        _setValue(view.amount, new BigDecimal("25.00"));
        _setValue(view.campaign, "IWD-2026");
        _click(_get(Button.class, spec -> spec.withId("record-gift")));

        assertThat(error()).isEmpty();
        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).singleElement().satisfies(gift -> {
            assertThat(gift.amount().minorUnits()).isEqualTo(2500);
            assertThat(gift.amount().currency()).isEqualTo("USD");
            assertThat(gift.campaign()).isEqualTo("IWD-2026");
        });
    }

    private static String error() {
        return _get(Span.class, spec -> spec.withId("gift-error")).getText();
    }
}

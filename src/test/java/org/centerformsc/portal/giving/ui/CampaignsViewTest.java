package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.UI;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.CampaignSummary;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignsViewTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Test
    void staffCreateACampaignAndBadInputIsShownAtItsFieldWithNothingStored() {
        signInAs("campaigns-1", "Sol Staff", Roles.STAFF);
        UI.getCurrent().navigate(CampaignsView.class);
        CampaignsView view = _get(CampaignsView.class);
        String code = "VIEW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        view.open(null);
        _setValue(view.form.code, code.toLowerCase());
        _setValue(view.form.name, "Autumn appeal");
        _setValue(view.form.goal, new BigDecimal("-3"));
        view.save();
        assertThat(view.form.goal.isInvalid()).isTrue();
        assertThat(view.form.goal.getErrorMessage()).startsWith("A goal is a positive amount");
        assertThat(campaigns.campaign(code)).isEmpty();

        _setValue(view.form.goal, new BigDecimal("2500"));
        _setValue(view.form.endsOn, LocalDate.now(ZoneOffset.UTC).minusDays(1));
        view.save();
        assertThat(view.form.endsOn.getErrorMessage()).isEqualTo("The end cannot come before the start.");
        assertThat(view.form.goal.isInvalid()).isFalse();
        assertThat(campaigns.campaign(code)).isEmpty();

        _setValue(view.form.endsOn, null);
        view.save();

        assertThat(view.dialog.isOpened()).isFalse();
        CampaignSummary saved = campaigns.campaign(code).orElseThrow();
        assertThat(saved.name()).isEqualTo("Autumn appeal");
        assertThat(saved.goal().minorUnits()).isEqualTo(250000);
        assertThat(rowsContaining(view, code)).isTrue();
    }

    @Test
    void editingKeepsTheCodeAndClosesTheCampaign() {
        signInAs("campaigns-2", "Sam Staff", Roles.STAFF);
        UI.getCurrent().navigate(CampaignsView.class);
        CampaignsView view = _get(CampaignsView.class);
        String code = "EDIT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        view.open(null);
        _setValue(view.form.code, code);
        _setValue(view.form.name, "To close");
        view.save();

        view.open(campaigns.campaign(code).orElseThrow());
        assertThat(view.form.code.isReadOnly()).isTrue();
        _setValue(view.form.active, false);
        view.save();

        assertThat(campaigns.campaign(code).orElseThrow().active()).isFalse();
    }

    @Test
    void participantsAreRefused() {
        signInAs("campaigns-3", "Pat Participant");
        UI.getCurrent().navigate(CampaignsView.class);

        assertThat(_find(CampaignsView.class)).isEmpty();
    }

    private static boolean rowsContaining(CampaignsView view, String code) {
        for (int row = 0; row < _size(view.grid); row++) {
            if (_getFormattedRow(view.grid, row).contains(code)) {
                return true;
            }
        }
        return false;
    }
}

package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.giving.CampaignDraft;
import org.centerformsc.portal.giving.CampaignRefused;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.CampaignSummary;
import org.centerformsc.portal.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Staff keep the campaigns that gifts and replays are designated to: create, rename, set a goal, close. */
@Route("staff/campaigns")
@RolesAllowed(Roles.STAFF)
class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CampaignSummary> grid = new Grid<>();
    final Dialog dialog = new Dialog();
    final CampaignForm form = new CampaignForm();
    private final CampaignService campaigns;
    private final Clock clock;
    private boolean creating;

    CampaignsView(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
        setId("campaigns-view");
        add(new ViewHeader(getTranslation("staff.campaigns"), getTranslation("staff.campaigns.lead")));
        Button create = new Button(getTranslation("campaign.new"), click -> open(null));
        create.setId("new-campaign");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DateTimeFormatter dates = org.centerformsc.portal.base.ui.TimeFormats.dayFormat(getLocale());
        grid.addColumn(CampaignSummary::name).setHeader(getTranslation("campaign.name")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(CampaignSummary::code).setHeader(getTranslation("campaign.code")).setAutoWidth(true);
        grid.addColumn(c -> dates.format(c.startsOn()) + (c.endsOn() == null ? "" : " – " + dates.format(c.endsOn())))
                .setHeader(getTranslation("campaign.dates")).setAutoWidth(true);
        grid.addColumn(c -> c.goal() == null ? "" : TimeFormats.money(c.goal().minorUnits(), c.goal().currency(),
                getLocale())).setHeader(getTranslation("campaign.goal"));
        grid.addColumn(c -> getTranslation(c.active() ? "campaign.state.active" : "campaign.state.closed"))
                .setHeader(getTranslation("campaign.state"));
        grid.addComponentColumn(c -> new Anchor("campaigns/" + c.code(), getTranslation("campaign.page")))
                .setHeader(getTranslation("campaign.page"));
        grid.setItems(query -> campaigns.campaigns(query.getOffset(), query.getLimit()).stream(),
                query -> (int) campaigns.countCampaigns());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setId("campaigns");
        grid.setAllRowsVisible(true);
        add(create, grid);
        buildDialog();
    }

    private void buildDialog() {
        dialog.setHeaderTitle(getTranslation("campaign.edit"));
        Button save = new Button(getTranslation("campaign.save"), click -> save());
        save.setId("save-campaign");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("campaign.cancel"), click -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
    }

    void open(CampaignSummary campaign) {
        creating = campaign == null;
        if (creating) {
            form.clear(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } else {
            form.fill(CampaignDraft.of(campaign));
        }
        dialog.open();
    }

    void save() {
        try {
            CampaignSummary saved = creating ? campaigns.create(form.draft()) : campaigns.update(form.draft());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("campaign.saved", saved.name()));
        } catch (CampaignRefused refused) {
            form.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.campaigns") + " | " + getTranslation("app.title");
    }
}

package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.giving.CampaignProgress;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.CampaignSummary;
import org.centerformsc.portal.giving.Money;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** A campaign's public page: what it is for, how far it has come, and a way to give to it while it is open. */
@Route("campaigns/:code")
@AnonymousAllowed
class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CampaignService campaigns;
    private CampaignProgress progress;

    CampaignView(CampaignService campaigns) {
        this.campaigns = campaigns;
        setId("campaign-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        progress = event.getRouteParameters().get("code").flatMap(campaigns::progress)
                .orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        CampaignSummary campaign = progress.campaign();
        add(new ViewHeader(campaign.name(), dates(campaign)));
        if (campaign.description() != null) {
            add(new Paragraph(campaign.description()));
        }
        Div figures = new Div();
        figures.setId("campaign-progress");
        figures.addClassName("card");
        String raised = money(progress.raised());
        if (progress.percentOfGoal().isPresent()) {
            int percent = progress.percentOfGoal().getAsInt();
            ProgressBar bar = new ProgressBar(0, 100, percent);
            bar.setId("campaign-bar");
            bar.getElement().setAttribute("aria-label", getTranslation("campaign.progress.label", percent));
            figures.add(new Paragraph(getTranslation("campaign.raised.goal", raised, money(campaign.goal()), percent)),
                    bar);
        } else {
            figures.add(new Paragraph(getTranslation("campaign.raised", raised)));
        }
        if (!progress.raisedInOtherCurrencies().isEmpty()) {
            figures.add(new Paragraph(getTranslation("campaign.raised.other", progress.raisedInOtherCurrencies()
                    .stream().map(this::money).collect(Collectors.joining(", ")))));
        }
        figures.add(new Paragraph(getTranslation("campaign.donors", progress.donors())));
        add(figures);
        if (progress.acceptsGifts()) {
            Button give = new Button(getTranslation("campaign.give"), click -> getUI().ifPresent(ui ->
                    ui.navigate("giving", QueryParameters.of("campaign", campaign.code()))));
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            give.setId("campaign-give");
            add(give);
        } else {
            Paragraph closed = new Paragraph(getTranslation("campaign.closed"));
            closed.setId("campaign-closed");
            add(closed);
        }
    }

    private String dates(CampaignSummary campaign) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        return campaign.endsOn() == null ? getTranslation("campaign.since", format.format(campaign.startsOn()))
                : format.format(campaign.startsOn()) + " – " + format.format(campaign.endsOn());
    }

    private String money(Money money) {
        return TimeFormats.money(money.minorUnits(), money.currency(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return progress == null ? getTranslation("app.title")
                : progress.campaign().name() + " | " + getTranslation("app.title");
    }
}

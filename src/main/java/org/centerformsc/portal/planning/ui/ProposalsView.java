package org.centerformsc.portal.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.OfferingPlanningService;
import org.centerformsc.portal.catalog.PlannedOffering;
import org.centerformsc.portal.security.Roles;

/** Staff: the offerings teachers proposed, oldest first, each opening in the offering form to approve or send back. */
@Route("staff/proposals")
@RolesAllowed(Roles.STAFF)
class ProposalsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PlannedOffering> proposals = new Grid<>();

    ProposalsView(OfferingPlanningService planning) {
        setId("proposals-view");
        add(new ViewHeader(getTranslation("planning.proposals"), getTranslation("planning.proposals.lead")));
        proposals.setId("proposals");
        proposals.addColumn(PlannedOffering::title).setHeader(getTranslation("planning.field.title"))
                .setAutoWidth(true).setFlexGrow(2);
        proposals.addColumn(PlannedOffering::programName).setHeader(getTranslation("planning.field.program"))
                .setAutoWidth(true);
        proposals.addColumn(PlannedOffering::proposedBy).setHeader(getTranslation("planning.proposals.by"))
                .setAutoWidth(true);
        proposals.addColumn(p -> TimeFormats.date(p.firstSessionStart(), p.zone(), getLocale()))
                .setHeader(getTranslation("planning.schedule.first")).setAutoWidth(true);
        proposals.addComponentColumn(p -> new Anchor("planning/offerings/" + p.id().value(),
                getTranslation("planning.proposals.open"))).setHeader(getTranslation("planning.proposals.open"));
        proposals.setEmptyStateText(getTranslation("planning.proposals.empty"));
        proposals.setItems(query -> planning.awaitingApproval(query.getOffset(), query.getLimit()).stream(),
                query -> (int) planning.countAwaitingApproval());
        proposals.setAllRowsVisible(true);
        add(proposals);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.proposals") + " | " + getTranslation("app.title");
    }
}

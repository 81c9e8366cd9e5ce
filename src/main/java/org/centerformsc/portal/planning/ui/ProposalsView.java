package org.centerformsc.portal.planning.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.WindowWidth;
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
        proposals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        proposals.addComponentColumn(this::open).setHeader(getTranslation("planning.field.title"))
                .setFlexGrow(2).setKey("title");
        proposals.addColumn(PlannedOffering::programName).setHeader(getTranslation("planning.field.program"))
                .setFlexGrow(1).setKey("program");
        proposals.addColumn(PlannedOffering::proposedBy).setHeader(getTranslation("planning.proposals.by"))
                .setAutoWidth(true).setKey("by");
        proposals.addColumn(this::firstDate).setHeader(getTranslation("planning.schedule.first")).setAutoWidth(true)
                .setKey("first");
        proposals.addComponentColumn(this::summary).setHeader(getTranslation("planning.proposals"))
                .setKey("summary").setVisible(false);
        proposals.setEmptyStateText(getTranslation("planning.proposals.empty"));
        proposals.setItems(query -> planning.awaitingApproval(query.getOffset(), query.getLimit()).stream(),
                query -> (int) planning.countAwaitingApproval());
        proposals.setAllRowsVisible(true);
        add(proposals);
    }

    /** The title opens the proposal in the offering form. */
    private Anchor open(PlannedOffering proposal) {
        Anchor open = new Anchor("planning/offerings/" + proposal.id().value(), proposal.title());
        open.setAriaLabel(getTranslation("planning.proposals.open") + ": " + proposal.title());
        return open;
    }

    private String firstDate(PlannedOffering proposal) {
        return TimeFormats.date(proposal.firstSessionStart(), proposal.zone(), getLocale());
    }

    /** Everything in one cell, for a phone. */
    private Div summary(PlannedOffering proposal) {
        Div facts = new Div(proposal.programName() + " · " + proposal.proposedBy() + " · " + firstDate(proposal));
        facts.addClassName("program-name");
        return new Div(open(proposal), facts);
    }

    /** On a phone one column says it all; wider, each fact has its column. */
    void narrow(boolean narrow) {
        proposals.getColumns().forEach(column -> column.setVisible(narrow == column.getKey().equals("summary")));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        WindowWidth.watch(attach, this::narrow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.proposals") + " | " + getTranslation("app.title");
    }
}

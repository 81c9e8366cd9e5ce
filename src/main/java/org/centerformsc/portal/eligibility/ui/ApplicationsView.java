package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.eligibility.PendingApplication;
import org.centerformsc.portal.security.Roles;

/** Applications for offerings that require one (SCIP), waiting for a decision. */
@Route("staff/applications")
@RolesAllowed(Roles.STAFF)
class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final EligibilityService eligibility;
    private final Grid<PendingApplication> grid = new Grid<>();

    ApplicationsView(EligibilityService eligibility) {
        this.eligibility = eligibility;
        setId("applications-view");
        add(new ViewHeader(getTranslation("staff.applications"), null));
        grid.setId("applications");
        grid.addColumn(PendingApplication::memberName).setHeader(getTranslation("roster.participant"));
        grid.addColumn(PendingApplication::offeringTitle).setHeader(getTranslation("claim.program"));
        grid.addColumn(PendingApplication::appliedAt).setHeader(getTranslation("staff.applications.applied"));
        grid.addComponentColumn(this::actions);
        grid.setEmptyStateText(getTranslation("staff.applications.empty"));
        refresh();
        add(grid);
    }

    private HorizontalLayout actions(PendingApplication application) {
        Button approve = new Button(getTranslation("staff.approve"), click -> decide(application, true));
        approve.setId("approve-" + application.member().value() + "-" + application.offering().value());
        Button decline = new Button(getTranslation("staff.decline"), click -> decide(application, false));
        return new HorizontalLayout(approve, decline);
    }

    private void decide(PendingApplication application, boolean approved) {
        eligibility.decideApplication(application.offering(), application.member(), approved);
        refresh();
    }

    private void refresh() {
        grid.setItems(eligibility.pendingApplications());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.applications") + " | " + getTranslation("app.title");
    }
}

package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.eligibility.ApplicationRefused;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.eligibility.PendingApplication;
import org.centerformsc.portal.security.Roles;

/** Applications for offerings that require one (SCIP), waiting for a decision; a decline tells the member why. */
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
        grid.addComponentColumn(this::actions).setKey("actions");
        grid.setEmptyStateText(getTranslation("staff.applications.empty"));
        refresh();
        add(grid);
    }

    private HorizontalLayout actions(PendingApplication application) {
        String id = application.member().value() + "-" + application.offering().value();
        Button approve = new Button(getTranslation("staff.approve"), click -> {
            try {
                eligibility.approveApplication(application.offering(), application.member());
            } catch (ApplicationRefused refused) {
                Notification.show(getTranslation(refused.messageKey()));
            }
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setId("approve-" + id);
        Button decline = new Button(getTranslation("staff.decline"), click -> askReason(application));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decline.setId("decline-" + id);
        return new HorizontalLayout(approve, decline);
    }

    private void askReason(PendingApplication application) {
        Dialog dialog = new Dialog();
        dialog.setId("decline-dialog");
        dialog.setHeaderTitle(getTranslation("staff.applications.decline.title", application.memberName()));
        TextArea reason = new TextArea(getTranslation("staff.reject.reason"));
        reason.setId("decline-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("staff.decline"), click -> {
            try {
                eligibility.declineApplication(application.offering(), application.member(), reason.getValue());
                dialog.close();
                refresh();
            } catch (ApplicationRefused refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        confirm.setId("confirm-decline");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(eligibility.pendingApplications());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.applications") + " | " + getTranslation("app.title");
    }
}

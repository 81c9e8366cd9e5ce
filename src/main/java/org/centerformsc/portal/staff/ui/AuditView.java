package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.eligibility.AuditLine;
import org.centerformsc.portal.eligibility.CompletionService;
import org.centerformsc.portal.security.Roles;

/** The completion audit trail, newest first, paged lazily. */
@Route("staff/audit")
@RolesAllowed(Roles.STAFF)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(CompletionService completions) {
        setId("audit-view");
        add(new ViewHeader(getTranslation("staff.audit"), getTranslation("staff.audit.lead")));
        Grid<AuditLine> grid = new Grid<>();
        grid.setId("audit");
        grid.addColumn(AuditLine::changedAt).setHeader(getTranslation("staff.audit.when")).setAutoWidth(true);
        grid.addColumn(AuditLine::changedBy).setHeader(getTranslation("staff.audit.who")).setAutoWidth(true);
        grid.addColumn(AuditLine::completionId).setHeader("#").setAutoWidth(true);
        grid.addColumn(AuditLine::before).setHeader(getTranslation("staff.audit.before"));
        grid.addColumn(AuditLine::after).setHeader(getTranslation("staff.audit.after"));
        grid.setItems(query -> completions.recentChanges(query.getOffset(), query.getLimit()).stream());
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.audit") + " | " + getTranslation("app.title");
    }
}

package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.fees.ScholarshipService;
import org.centerformsc.portal.security.Roles;

/** The back office's front page: what waits for staff, and the tools. */
@Route("staff")
@RolesAllowed(Roles.STAFF)
@Menu(order = 9, title = "nav.staff", icon = "vaadin:cogs")
class StaffView extends VerticalLayout implements HasDynamicTitle {

    StaffView(CompletionService completions, ScholarshipService scholarships) {
        setId("staff-view");
        add(new ViewHeader(getTranslation("nav.staff"), getTranslation("staff.lead")));
        Div tools = new Div(
                tool("staff/members", getTranslation("nav.members")),
                tool("staff/offerings", getTranslation("staff.offerings")),
                tool("staff/claims", getTranslation("staff.claims") + " (" + completions.countPendingClaims() + ")"),
                tool("staff/applications", getTranslation("staff.applications")),
                tool("staff/scholarships", getTranslation("scholarships.title") + " ("
                        + scholarships.countAwaiting() + ")"),
                tool("staff/programs", getTranslation("staff.programs")),
                tool("staff/rules", getTranslation("staff.rules")),
                tool("staff/audit", getTranslation("staff.audit")),
                tool("staff/replays", getTranslation("staff.replays")),
                tool("staff/gifts", getTranslation("staff.gifts")),
                tool("staff/campaigns", getTranslation("staff.campaigns")),
                tool("planning/offerings", getTranslation("planning.new")),
                tool("staff/proposals", getTranslation("planning.proposals")),
                tool("staff/training", getTranslation("staff.training")),
                tool("staff/reports", getTranslation("reports.title")),
                tool("staff/erasures", getTranslation("privacy.erasures.title")));
        tools.setId("staff-tools");
        tools.addClassName("card-list");
        add(tools);
    }

    private static Div tool(String path, String label) {
        Div card = new Div(new Anchor(path, label));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff") + " | " + getTranslation("app.title");
    }
}

package org.centerformsc.portal.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;

/** The member's home: a greeting now; the next session, enrollments and replays as those features land. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:home")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(MemberService members) {
        setId("dashboard-view");
        String name = members.currentProfile().map(MemberProfile::displayName).orElse("");
        add(new ViewHeader(getTranslation("dashboard.greeting", name), getTranslation("dashboard.lead")));
        add(nextSteps());
    }

    private Section nextSteps() {
        Anchor browse = new Anchor("courses", getTranslation("dashboard.empty.browse"));
        browse.setId("browse-courses");
        Section section = new Section(new H2(getTranslation("dashboard.upcoming")),
                new Paragraph(getTranslation("dashboard.empty")), browse);
        section.setId("upcoming");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " | " + getTranslation("app.title");
    }
}

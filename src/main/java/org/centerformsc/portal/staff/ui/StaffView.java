package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.base.ui.IntroductionView;

/** The back office: catalog, rules, completion verification and replays. */
@Route("staff")
@RolesAllowed(Roles.STAFF)
@Menu(order = 8, title = "nav.staff", icon = "vaadin:cogs")
class StaffView extends IntroductionView {

    StaffView() {
        super("staff-view", "staff");
    }
}

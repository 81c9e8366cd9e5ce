package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.base.ui.IntroductionView;

/** A teacher's training pathway and the rosters of the offerings they teach. */
@Route("teaching")
@RolesAllowed(Roles.TEACHER)
@Menu(order = 7, title = "nav.teaching", icon = "vaadin:presentation")
class TeachingView extends IntroductionView {

    TeachingView() {
        super("teaching-view", "teaching");
    }
}

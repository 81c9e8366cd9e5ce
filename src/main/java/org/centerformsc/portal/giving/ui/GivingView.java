package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.IntroductionView;

/** Giving: one-time and monthly gifts and the donor's own recurring gifts. */
@Route("giving")
@PermitAll
@Menu(order = 6, title = "nav.giving", icon = "vaadin:heart")
class GivingView extends IntroductionView {

    GivingView() {
        super("giving-view", "giving");
    }
}

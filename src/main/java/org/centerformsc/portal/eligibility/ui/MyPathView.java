package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.IntroductionView;

/** My path: completed programs and what each advanced program still needs. */
@Route("my-path")
@PermitAll
@Menu(order = 3, title = "nav.mypath", icon = "vaadin:road")
class MyPathView extends IntroductionView {

    MyPathView() {
        super("my-path-view", "mypath");
    }
}

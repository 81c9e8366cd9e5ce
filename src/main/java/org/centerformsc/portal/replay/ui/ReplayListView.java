package org.centerformsc.portal.replay.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.IntroductionView;

/** The replays this member may watch, with how long each stays available. */
@Route("replays")
@PermitAll
@Menu(order = 4, title = "nav.replays", icon = "vaadin:play-circle")
class ReplayListView extends IntroductionView {

    ReplayListView() {
        super("replays-view", "replays");
    }
}

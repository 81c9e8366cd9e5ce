package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.IntroductionView;

/** The public teacher directory: find an MSC teacher by location, name or training level. */
@Route("teachers")
@AnonymousAllowed
@Menu(order = 2, title = "nav.directory", icon = "vaadin:users")
class DirectoryView extends IntroductionView {

    DirectoryView() {
        super("teachers-view", "directory");
    }
}

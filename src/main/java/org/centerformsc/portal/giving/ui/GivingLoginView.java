package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** "Log in to give": a members-only address that leads through login and back to the giving page. */
@Route("giving/login")
@PermitAll
class GivingLoginView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(GivingView.class);
    }
}

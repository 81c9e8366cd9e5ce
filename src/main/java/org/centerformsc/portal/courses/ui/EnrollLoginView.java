package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * "Log in to enroll": a members-only address, so an anonymous visitor goes through login and, signed in, comes
 * straight back to the offering page.
 */
@Route("courses/:code/enroll")
@PermitAll
class EnrollLoginView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(OfferingView.class, new RouteParameters("code", event.getRouteParameters().get("code").orElse("")));
    }
}

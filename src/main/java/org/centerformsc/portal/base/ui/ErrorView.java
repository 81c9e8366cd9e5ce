package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** Any unexpected failure: the member sees a calm message and a reference; the stack trace stays in the log. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>,
        com.vaadin.flow.router.HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error (reference {}) on {}", reference, event.getLocation().getPath(),
                parameter.getCaughtException());
        removeAll();
        setId("error-view");
        add(new ViewHeader(getTranslation("error.title"), null),
                new Paragraph(getTranslation("error.body", reference)),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " | " + getTranslation("app.title");
    }
}

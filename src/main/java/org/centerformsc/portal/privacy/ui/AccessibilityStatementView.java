package org.centerformsc.portal.privacy.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The accessibility statement: the WCAG 2.2 AA target, how it is checked, what is known not to meet it, reporting. */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends StatementPage {

    AccessibilityStatementView() {
        super("accessibility", "target", "checked", "limits", "report");
        setId("accessibility-statement-view");
        mailLink("report");
    }
}

package org.centerformsc.portal.privacy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;

/** Where a member lands, logged out, after deleting their account: what was erased, what was kept and why. */
@Route("account-deleted")
@AnonymousAllowed
class AccountDeletedView extends VerticalLayout implements HasDynamicTitle {

    AccountDeletedView() {
        setId("account-deleted-view");
        add(new ViewHeader(getTranslation("privacy.deleted.title"), getTranslation("privacy.deleted.lead")),
                new H2(getTranslation("privacy.deleted.erased.title")),
                new Paragraph(getTranslation("privacy.deleted.erased")),
                new H2(getTranslation("privacy.deleted.kept.title")),
                new Paragraph(getTranslation("privacy.deleted.kept")),
                new Paragraph(getTranslation("privacy.deleted.again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.deleted.title") + " | " + getTranslation("app.title");
    }
}

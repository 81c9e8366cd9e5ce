package org.centerformsc.portal.privacy.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The privacy notice: what the portal collects and why, on which legal basis, for how long, and people's rights. */
@Route("privacy")
@AnonymousAllowed
class PrivacyNoticeView extends StatementPage {

    PrivacyNoticeView() {
        super("notice", "who", "what", "why", "shared", "kept", "rights", "contact");
        setId("privacy-notice-view");
        mailLink("contact");
    }
}

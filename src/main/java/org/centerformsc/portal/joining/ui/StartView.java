package org.centerformsc.portal.joining.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.security.CurrentMember;

/**
 * The portal's front door for visitors: what it offers, and the ways in. A member who is signed in has no use for
 * it and goes straight on to their dashboard.
 */
@Route("")
@AnonymousAllowed
class StartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Spring Security's start of the login; {@code signup} asks the provider for its registration form. */
    static final String LOGIN_URL = "oauth2/authorization/portal";
    static final String SIGN_UP_URL = LOGIN_URL + "?signup";

    private final CurrentMember currentMember;

    StartView(CurrentMember currentMember) {
        this.currentMember = currentMember;
        setId("start-view");
        if (currentMember.isSignedIn()) {
            return;
        }
        add(new ViewHeader(getTranslation("start.title"), getTranslation("start.lead")), actions(),
                offer("start-open", "start.open", "start.open.courses", "start.open.teachers", "start.open.give"),
                offer("start-members", "start.members", "start.members.dashboard", "start.members.path",
                        "start.members.replays"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentMember.isSignedIn()) {
            event.forwardTo("dashboard");
        }
    }

    private Div actions() {
        Anchor login = external("start-login", LOGIN_URL, "action.login");
        Anchor signUp = external("start-signup", SIGN_UP_URL, "start.signup");
        signUp.addClassName("primary");
        Div actions = new Div(signUp, login, internal("start-courses", "courses", "start.browse"),
                internal("start-teachers", "teachers", "nav.directory"),
                internal("start-give", "giving", "start.give"));
        actions.addClassName("start-actions");
        return actions;
    }

    private Section offer(String id, String headingKey, String... itemKeys) {
        UnorderedList items = new UnorderedList();
        for (String key : itemKeys) {
            items.add(new ListItem(getTranslation(key)));
        }
        Section section = new Section(new H2(getTranslation(headingKey)), items);
        section.setId(id);
        return section;
    }

    /** Login and sign-up leave the single-page application for the identity provider. */
    private Anchor external(String id, String href, String textKey) {
        Anchor anchor = new Anchor(href, getTranslation(textKey));
        anchor.setId(id);
        anchor.setRouterIgnore(true);
        anchor.addClassName("start-action");
        return anchor;
    }

    private Anchor internal(String id, String route, String textKey) {
        Anchor link = new Anchor(route, getTranslation(textKey));
        link.setId(id);
        link.addClassName("start-action");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " | " + getTranslation("app.title");
    }
}

package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.centerformsc.portal.base.LanguageChoice;
import org.centerformsc.portal.base.MemberName;
import org.centerformsc.portal.base.UnreadNotifications;
import org.centerformsc.portal.security.CurrentMember;

/**
 * The shell around every view. The navigation is built from the views' {@code @Menu} entries, which Vaadin
 * already filters by the views' access annotations, so a member only sees what their roles allow.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /** Where "Log in" leads: Spring Security's start of the OIDC flow for the "portal" registration. */
    static final String LOGIN_URL = "oauth2/authorization/portal";

    private final CurrentMember currentMember;
    private final MemberName names;
    private boolean navigatedBefore;

    private final UnreadNotifications notifications;
    private final Anchor bell = new Anchor("notifications");
    private final Span unreadBadge = new Span();

    MainLayout(CurrentMember currentMember, LanguageChoice languages, UnreadNotifications notifications,
               MemberName names) {
        this.currentMember = currentMember;
        this.names = names;
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);
        LanguageSwitcher switcher = new LanguageSwitcher(languages);
        switcher.addClassName("language-switcher");
        addToNavbar(skipLink(), new DrawerToggle(), title(), switcher);
        if (currentMember.isSignedIn()) {
            bell.setId("notification-bell");
            bell.addClassName("notification-bell");
            unreadBadge.addClassName("unread-badge");
            unreadBadge.getElement().setAttribute("aria-hidden", "true");
            bell.add(new Icon("vaadin", "bell"), unreadBadge);
            addToNavbar(bell);
        }
        addToDrawer(drawer());
    }

    /** Asks the browser for its time zone once per session, so views can show local times without a re-render. */
    @Override
    protected void onAttach(AttachEvent event) {
        if (event.getUI().getInternals().getExtendedClientDetails() == null) {
            event.getUI().getPage().retrieveExtendedClientDetails(details -> { });
        }
    }

    /** The first stop of the keyboard: straight to the page's heading, past the navigation. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#view-title", getTranslation("a11y.skip"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const heading = document.getElementById('view-title');
                  if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
                });""");
        return skip;
    }

    /**
     * After in-app navigation the keyboard and screen reader start at the new page's heading, as after a page load,
     * instead of staying on the link that was followed.
     */
    @Override
    public void afterNavigation() {
        super.afterNavigation();
        showUnread();
        if (!navigatedBefore) {
            // a page just loaded starts at its top, where the skip link is the first stop
            navigatedBefore = true;
            return;
        }
        getElement().executeJs("""
                requestAnimationFrame(() => {
                  const heading = document.getElementById('view-title');
                  if (heading && document.activeElement !== heading) {
                    heading.setAttribute('tabindex', '-1');
                    heading.focus({preventScroll: true});
                  }
                });""");
    }

    /** The bell's count, read again at each navigation (one statement), for sight and for screen readers. */
    private void showUnread() {
        if (!currentMember.isSignedIn()) {
            return;
        }
        long unread = notifications.unread();
        unreadBadge.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        unreadBadge.setVisible(unread > 0);
        bell.getElement().setAttribute("aria-label", getTranslation("notifications.bell", unread));
        bell.getElement().setAttribute("title", getTranslation("notifications.bell", unread));
    }

    private Span title() {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("portal-title");
        return title;
    }

    private VerticalLayout drawer() {
        Div brand = new Div(getTranslation("app.organisation"));
        brand.addClassName("portal-brand");
        VerticalLayout drawer = new VerticalLayout(brand, navigation(), account(), footer());
        drawer.setSizeFull();
        drawer.setPadding(true);
        drawer.setFlexGrow(1, drawer.getComponentAt(1));
        return drawer;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

    /** The privacy notice and the accessibility statement, reachable from every page, signed in or not. */
    private Footer footer() {
        Anchor privacy = new Anchor("privacy", getTranslation("footer.privacy"));
        privacy.setId("footer-privacy");
        Anchor accessibility = new Anchor("accessibility", getTranslation("footer.accessibility"));
        accessibility.setId("footer-accessibility");
        Footer footer = new Footer(privacy, accessibility);
        footer.setId("site-footer");
        footer.addClassName("site-footer");
        return footer;
    }

    private HorizontalLayout account() {
        HorizontalLayout account = new HorizontalLayout();
        account.setId("account");
        account.setWidthFull();
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        if (currentMember.isSignedIn()) {
            // the name the member chose wins over the provider's (decision 021)
            Span name = new Span(names.shown().or(currentMember::nameFromClaims).orElse(""));
            name.setId("signed-in-name");
            Button logout = new Button(getTranslation("action.logout"), click -> currentMember.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            account.add(name, logout);
        } else {
            Anchor login = new Anchor(LOGIN_URL, getTranslation("action.login"));
            login.setId("login");
            login.setRouterIgnore(true);
            account.add(login);
        }
        return account;
    }
}

package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import org.centerformsc.portal.base.LanguageChoice;
import org.centerformsc.portal.base.PortalLanguages;

import java.time.Duration;
import java.util.Locale;

/**
 * The eight languages, each named in itself, for visitors and members alike. A choice is remembered: in the
 * member's profile, and for everyone in a cookie; the page then reloads in the new language.
 */
public class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher(LanguageChoice languages) {
        setId("language-switcher");
        setItems(PortalLanguages.ALL);
        setItemLabelGenerator(PortalLanguages::ownName);
        getElement().setAttribute("aria-label", getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        setValue(PortalLanguages.match(UI.getCurrent() == null ? null : UI.getCurrent().getLocale())
                .orElse(PortalLanguages.ENGLISH));
        addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            languages.choose(change.getValue());
            remember(change.getValue());
            UI ui = UI.getCurrent();
            LanguageSetup.apply(ui, change.getValue());
            // every view renders anew in the new language (views read their texts when they are built)
            ui.getPage().executeJs("window.location.reload()");
        });
    }

    /** Keeps the language for this browser when nobody is signed in (a visitor, or a member who just left). */
    public static void remember(Locale language) {
        if (VaadinResponse.getCurrent() instanceof VaadinServletResponse response) {
            Cookie cookie = new Cookie(LanguageSetup.COOKIE, language.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}

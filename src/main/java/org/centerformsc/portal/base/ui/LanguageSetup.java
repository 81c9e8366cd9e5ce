package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.centerformsc.portal.base.LanguageChoice;
import org.centerformsc.portal.base.PortalLanguages;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Each new page speaks the reader's language (docs/decisions/019), in this order: the member's choice in Profile
 * (or with the switcher), the identity provider's locale claim, a visitor's earlier switch (a cookie), the
 * browser's languages, English. The page's {@code lang} follows, for screen readers and hyphenation.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    static final String COOKIE = PortalLanguages.COOKIE;

    private final LanguageChoice languages;

    LanguageSetup(LanguageChoice languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    Locale resolve(VaadinRequest request) {
        return languages.preferred().orElseGet(() -> request instanceof VaadinServletRequest servlet
                ? PortalLanguages.ofVisitor(servlet.getHttpServletRequest()) : PortalLanguages.ENGLISH);
    }

    static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}

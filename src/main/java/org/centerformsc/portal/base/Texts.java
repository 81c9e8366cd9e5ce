package org.centerformsc.portal.base;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The portal's translations (the same bundle the views read through Vaadin) for text made outside a view: e-mails
 * and documents, in the reader's language, English when a key has no translation in it.
 */
@Component
public class Texts {

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    /** Also for the development identity provider's sign-in page, which runs in a context of its own. */
    public Texts() {
        bundle.setBasename("vaadin-i18n/translations");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
    }

    public String get(String key, Locale locale, Object... arguments) {
        return bundle.getMessage(key, arguments, locale == null ? Locale.ENGLISH : locale);
    }
}

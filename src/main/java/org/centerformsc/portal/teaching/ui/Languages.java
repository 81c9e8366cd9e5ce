package org.centerformsc.portal.teaching.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO 639-1 language codes, named in the reader's language. */
final class Languages {

    private Languages() {
    }

    static String name(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    static List<String> all(Locale locale) {
        return Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing((String code) -> name(code, locale), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}

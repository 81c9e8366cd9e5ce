package org.centerformsc.portal.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The programs' titles and descriptions in one reader's language, by program code (docs/decisions/019). A program
 * without a translation reads in its original, English, which the page marks as such unless the reader reads English.
 */
public record ProgramTexts(Locale language, Map<String, ProgramTranslation> byCode) {

    public ProgramTexts {
        byCode = Map.copyOf(byCode);
    }

    public static ProgramTexts english() {
        return new ProgramTexts(Locale.ENGLISH, Map.of());
    }

    public Optional<ProgramTranslation> of(String programCode) {
        return Optional.ofNullable(byCode.get(programCode));
    }

    /** Whether a program's original text is shown to a reader of another language, to be marked "(in English)". */
    public boolean shownInOriginal(String programCode) {
        return !language.getLanguage().equals("en") && !byCode.containsKey(programCode);
    }
}

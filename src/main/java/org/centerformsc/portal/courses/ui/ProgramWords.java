package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.catalog.ProgramTexts;

/**
 * A program's title or description in the reader's language where staff translated it; otherwise the original,
 * in English, marked so and with its language set for screen readers (docs/decisions/019).
 */
final class ProgramWords {

    private ProgramWords() {
    }

    static Span title(ProgramTexts texts, String programCode, String original) {
        return texts.of(programCode).map(translation -> new Span(translation.title()))
                .orElseGet(() -> original(texts, programCode, original));
    }

    static Span summary(ProgramTexts texts, String programCode, String original) {
        return texts.of(programCode).map(translation -> new Span(translation.summary()))
                .orElseGet(() -> original(texts, programCode, original));
    }

    /** The title as plain text, for lists and filters. */
    static String titleText(ProgramTexts texts, String programCode, String original) {
        return texts.of(programCode).map(translation -> translation.title()).orElse(original);
    }

    private static Span original(ProgramTexts texts, String programCode, String original) {
        Span text = new Span(original);
        if (!texts.shownInOriginal(programCode)) {
            return text;
        }
        text.getElement().setAttribute("lang", "en");
        Span mark = new Span(" " + text.getTranslation("content.original"));
        mark.addClassName("original-language");
        return new Span(text, mark);
    }
}

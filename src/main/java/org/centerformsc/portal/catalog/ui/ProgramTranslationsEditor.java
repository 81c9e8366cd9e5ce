package org.centerformsc.portal.catalog.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.catalog.ProgramRefused;
import org.centerformsc.portal.catalog.ProgramService;
import org.centerformsc.portal.catalog.ProgramTranslation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A program's title and short description in each of the portal's other languages, one fold per language; empty
 * folds leave the original, which members then read marked "(in English)" (docs/decisions/019).
 */
class ProgramTranslationsEditor extends Div {

    final Map<String, TextField> titles = new LinkedHashMap<>();
    final Map<String, TextArea> summaries = new LinkedHashMap<>();
    private final Map<String, Details> folds = new LinkedHashMap<>();

    ProgramTranslationsEditor() {
        setId("program-translations");
        add(new H3(getTranslation("program.translations")),
                new Paragraph(getTranslation("program.translations.help")));
        ProgramService.LANGUAGES.stream().filter(language -> !language.equals("en")).forEach(language -> {
            String name = Locale.forLanguageTag(language).getDisplayLanguage(getLocale());
            TextField title = new TextField(getTranslation("program.translation.title", name));
            title.setId("translation-title-" + language);
            title.setMaxLength(200);
            title.setWidthFull();
            TextArea summary = new TextArea(getTranslation("program.translation.summary", name));
            summary.setId("translation-summary-" + language);
            summary.setMaxLength(2000);
            summary.setWidthFull();
            titles.put(language, title);
            summaries.put(language, summary);
            Details fold = new Details(name, new Div(title, summary));
            fold.setId("translation-" + language);
            folds.put(language, fold);
            add(fold);
        });
    }

    void fill(Map<String, ProgramTranslation> translations) {
        titles.forEach((language, title) -> {
            ProgramTranslation text = translations.get(language);
            title.setValue(text == null ? "" : text.title());
            summaries.get(language).setValue(text == null ? "" : text.summary());
            title.setInvalid(false);
        });
    }

    Map<String, ProgramTranslation> value() {
        Map<String, ProgramTranslation> value = new LinkedHashMap<>();
        titles.forEach((language, title) -> value.put(language,
                new ProgramTranslation(title.getValue(), summaries.get(language).getValue())));
        return value;
    }

    /** Shows the refusal at the language it names; false when it is about another field. */
    boolean show(ProgramRefused refused) {
        if (!refused.field().startsWith("translation-")) {
            return false;
        }
        String language = refused.field().substring("translation-".length());
        TextField title = titles.get(language);
        title.setErrorMessage(getTranslation(refused.messageKey()));
        title.setInvalid(true);
        folds.get(language).setOpened(true);
        return true;
    }
}

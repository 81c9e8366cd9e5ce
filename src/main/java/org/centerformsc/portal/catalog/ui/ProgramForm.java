package org.centerformsc.portal.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.catalog.ProgramDraft;
import org.centerformsc.portal.catalog.ProgramLevel;
import org.centerformsc.portal.catalog.ProgramRefused;
import org.centerformsc.portal.catalog.ProgramService;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A program's fields; the code is typed once, when the program is created, and never changes. */
class ProgramForm extends FormLayout {

    final TextField code = new TextField();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea description = new TextArea();
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final RadioButtonGroup<ProgramLevel> level = new RadioButtonGroup<>();
    private final Map<String, HasValidation> byField = Map.of("code", code, "title", title, "summary", summary,
            "description", description, "languages", languages, "level", level);

    ProgramForm() {
        setId("program-form");
        code.setLabel(getTranslation("program.code"));
        code.setHelperText(getTranslation("program.code.help"));
        code.setMaxLength(40);
        code.setId("program-code");
        title.setLabel(getTranslation("program.title"));
        title.setMaxLength(200);
        title.setId("program-title");
        summary.setLabel(getTranslation("program.summary"));
        summary.setHelperText(getTranslation("program.summary.help"));
        summary.setMaxLength(2000);
        summary.setId("program-summary");
        description.setLabel(getTranslation("program.description"));
        description.setHelperText(getTranslation("program.description.help"));
        description.setMaxLength(10_000);
        description.setMinHeight("8rem");
        description.setId("program-description");
        languages.setLabel(getTranslation("program.languages"));
        languages.setItems(ProgramService.LANGUAGES);
        languages.setItemLabelGenerator(this::languageName);
        languages.setId("program-languages");
        level.setLabel(getTranslation("program.level"));
        level.setItems(ProgramLevel.values());
        level.setItemLabelGenerator(value -> getTranslation("program.level." + value));
        level.setId("program-level");
        add(code, level, title, summary, description, languages);
        setColspan(title, 2);
        setColspan(summary, 2);
        setColspan(description, 2);
        setColspan(languages, 2);
    }

    /** An empty form for a new program: a core course in English. */
    void clear() {
        fill(new ProgramDraft(null, null, null, null, Set.of("en"), ProgramLevel.CORE));
    }

    void fill(ProgramDraft draft) {
        code.setValue(draft.code() == null ? "" : draft.code());
        code.setReadOnly(draft.code() != null);
        title.setValue(draft.title() == null ? "" : draft.title());
        summary.setValue(draft.summary() == null ? "" : draft.summary());
        description.setValue(draft.description() == null ? "" : draft.description());
        languages.setValue(draft.languages());
        level.setValue(draft.level());
        clearErrors();
    }

    ProgramDraft draft() {
        return new ProgramDraft(code.getValue().strip().toUpperCase(Locale.ROOT), title.getValue(),
                summary.getValue(), description.getValue(), languages.getValue(), level.getValue());
    }

    /** Puts the service's reason next to the field it is about. */
    void show(ProgramRefused refused) {
        clearErrors();
        HasValidation field = byField.getOrDefault(refused.field(), title);
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }

    String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
    }

    private void clearErrors() {
        List.copyOf(byField.values()).forEach(field -> field.setInvalid(false));
    }
}

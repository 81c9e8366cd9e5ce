package org.centerformsc.portal.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.centerformsc.portal.catalog.ProgramDetails;
import org.centerformsc.portal.catalog.ProgramDraft;
import org.centerformsc.portal.catalog.ProgramRefused;
import org.centerformsc.portal.catalog.ProgramService;

import java.util.function.Consumer;

/**
 * Creates or edits one program. An existing program also shows its status with Archive or Restore, and a link to
 * its prerequisite rule (the rules page of the eligibility feature, by route: docs/decisions/010).
 */
class ProgramDialog extends Dialog {

    final ProgramForm form = new ProgramForm();
    final Span state = new Span();
    final Button archive = new Button();
    final Anchor rules = new Anchor();
    private final Div status = new Div(state, archive, rules);
    private final ProgramService programs;
    private final Consumer<ProgramDetails> changed;
    private ProgramDetails editing;
    final ProgramTranslationsEditor translations = new ProgramTranslationsEditor();

    ProgramDialog(ProgramService programs, Consumer<ProgramDetails> changed) {
        this.programs = programs;
        this.changed = changed;
        setId("program-dialog");
        state.setId("program-state");
        archive.setId("program-archive");
        archive.addClickListener(click -> toggleArchived());
        rules.setText(getTranslation("program.rules.edit"));
        rules.setId("program-rules");
        status.addClassName("program-status");
        Button save = new Button(getTranslation("program.save"), click -> save());
        save.setId("save-program");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("program.cancel"), click -> close());
        add(form, translations, status);
        getFooter().add(cancel, save);
        // a set width lets the form fold into one column on a phone instead of growing past the screen
        setWidth("48rem");
        setMaxWidth("100%");
    }

    /** Opens the form for this program, or an empty one for a new program when {@code program} is null. */
    void open(ProgramDetails program) {
        editing = program;
        if (program == null) {
            setHeaderTitle(getTranslation("program.new"));
            form.clear();
            translations.fill(java.util.Map.of());
        } else {
            setHeaderTitle(program.title());
            form.fill(ProgramDraft.of(program));
            translations.fill(programs.translations(program.code()));
            rules.setHref("staff/rules?program=" + program.code());
        }
        showStatus();
        open();
    }

    void save() {
        try {
            ProgramDetails saved;
            if (editing == null) {
                saved = programs.create(form.draft());
                programs.translate(saved.code(), translations.value());
            } else {
                // translations first: a refused one leaves the whole program as it was
                programs.translate(editing.code(), translations.value());
                saved = programs.update(form.draft());
            }
            close();
            changed.accept(saved);
            Notification.show(getTranslation("program.saved", saved.title()));
        } catch (ProgramRefused refused) {
            if (!translations.show(refused)) {
                form.show(refused);
            }
        }
    }

    private void toggleArchived() {
        editing = editing.active() ? programs.archive(editing.code()) : programs.restore(editing.code());
        showStatus();
        changed.accept(editing);
    }

    private void showStatus() {
        status.setVisible(editing != null);
        if (editing != null) {
            state.setText(getTranslation(editing.active() ? "program.state.active" : "program.state.archived"));
            archive.setText(getTranslation(editing.active() ? "program.archive" : "program.restore"));
        }
    }
}

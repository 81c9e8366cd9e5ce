package org.centerformsc.portal.catalog.ui;

import com.vaadin.flow.component.UI;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.catalog.ProgramDetails;
import org.centerformsc.portal.catalog.ProgramDraft;
import org.centerformsc.portal.catalog.ProgramLevel;
import org.centerformsc.portal.catalog.ProgramService;
import org.centerformsc.portal.catalog.ProgramStatus;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ProgramsViewTest extends KaribuTest {

    @Autowired
    ProgramService programs;

    @Test
    void staffCreateAProgramAndEachBadInputIsShownAtItsFieldWithNothingStored() {
        ProgramsView view = openAsStaff("programs-1");
        ProgramForm form = view.dialog.form;
        String code = code("NEW");

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("new-program")));
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(form.languages.getValue()).containsExactly("en");
        assertThat(form.level.getValue()).isEqualTo(ProgramLevel.CORE);

        _setValue(form.code, "mindful teens");
        view.dialog.save();
        assertInvalid(form.code, "A code has 2 to 40 capital letters, digits and dashes");

        _setValue(form.code, code.toLowerCase());
        view.dialog.save();
        assertInvalid(form.title, "Give a title of up to 200 characters.");
        assertThat(form.code.isInvalid()).isFalse();

        _setValue(form.title, "Mindful Teens");
        view.dialog.save();
        assertInvalid(form.summary, "Give a short description of up to 2,000 characters.");

        _setValue(form.summary, "MSC for teenagers.");
        _setValue(form.languages, Set.of());
        view.dialog.save();
        assertInvalid(form.languages, "Choose at least one of the languages offered.");

        _setValue(form.languages, Set.of("es", "en"));
        _setValue(form.level, null);
        view.dialog.save();
        assertInvalid(form.level, "Choose core course or advanced.");
        assertThat(programs.program(code)).isEmpty();

        _setValue(form.level, ProgramLevel.ADVANCED);
        _setValue(form.description, "Eight sessions for teenagers.");
        view.dialog.save();

        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(programs.program(code)).contains(new ProgramDetails(code, "Mindful Teens", "MSC for teenagers.",
                "Eight sessions for teenagers.", java.util.List.of("en", "es"), ProgramLevel.ADVANCED,
                ProgramStatus.ACTIVE));
        assertThat(row(view, code)).contains("Mindful Teens").contains("Advanced").contains("English, Spanish")
                .contains("Active");
    }

    @Test
    void aTakenCodeIsRefusedAtTheCodeField() {
        String code = code("TAKEN");
        TestLogins.asStaff(() -> programs.create(draft(code, "First")));
        ProgramsView view = openAsStaff("programs-2");

        view.dialog.open(null);
        _setValue(view.dialog.form.code, code);
        _setValue(view.dialog.form.title, "Second");
        _setValue(view.dialog.form.summary, "Again");
        view.dialog.save();

        assertInvalid(view.dialog.form.code, "A program with this code exists already.");
        assertThat(programs.program(code).orElseThrow().title()).isEqualTo("First");
    }

    @Test
    void editingKeepsTheCodeArchivingMovesTheProgramToTheArchivedFilterAndTheRulesAreOneClickAway() {
        String code = code("EDIT");
        ProgramDetails created = TestLogins.asStaff(() -> programs.create(draft(code, "To archive")));
        ProgramsView view = openAsStaff("programs-3");

        view.dialog.open(created);
        assertThat(view.dialog.form.code.isReadOnly()).isTrue();
        assertThat(view.dialog.rules.getHref()).isEqualTo("staff/rules?program=" + code);
        assertThat(view.dialog.state.getText()).startsWith("Active");
        _setValue(view.dialog.form.title, "x".repeat(201));
        view.dialog.save();
        assertInvalid(view.dialog.form.title, "Give a title of up to 200 characters.");
        _setValue(view.dialog.form.title, "Archived soon");
        view.dialog.save();
        assertThat(programs.program(code).orElseThrow().title()).isEqualTo("Archived soon");

        view.dialog.open(programs.program(code).orElseThrow());
        _click(view.dialog.archive);

        assertThat(programs.isActive(code)).isFalse();
        assertThat(view.dialog.state.getText()).startsWith("Archived");
        assertThat(view.dialog.archive.getText()).isEqualTo("Restore");
        assertThat(row(view, code)).isNull();
        _setValue(view.status, ProgramStatus.ARCHIVED);
        assertThat(row(view, code)).contains("Archived soon").contains("Archived");
        _setValue(view.status, null);
        assertThat(row(view, code)).isNotNull();

        _click(view.dialog.archive);
        assertThat(programs.isActive(code)).isTrue();
    }

    @Test
    void staffTranslateAProgramPerLanguageAndAHalfTranslationIsRefusedAtItsLanguage() {
        String code = code("TRANS");
        ProgramDetails created = TestLogins.asStaff(() -> programs.create(draft(code, "Translated")));
        ProgramsView view = openAsStaff("programs-5");
        view.dialog.open(created);
        ProgramTranslationsEditor translations = view.dialog.translations;

        _setValue(translations.titles.get("de"), "Übersetzt");
        _setValue(view.dialog.form.title, "Renamed meanwhile");
        view.dialog.save();

        assertThat(translations.titles.get("de").isInvalid()).isTrue();
        assertThat(translations.titles.get("de").getErrorMessage()).startsWith("A translation needs a title");
        // nothing of the click is kept: neither the translation nor the new title
        assertThat(TestLogins.asStaff(() -> programs.translations(code))).isEmpty();
        assertThat(programs.program(code).orElseThrow().title()).isEqualTo("Translated");

        _setValue(translations.summaries.get("de"), "Auf Deutsch beschrieben.");
        _setValue(translations.titles.get("ja"), "翻訳されたプログラム");
        _setValue(translations.summaries.get("ja"), "日本語の説明。");
        view.dialog.save();

        assertThat(TestLogins.asStaff(() -> programs.translations(code))).containsOnlyKeys("de", "ja")
                .containsEntry("de", new org.centerformsc.portal.catalog.ProgramTranslation("Übersetzt",
                        "Auf Deutsch beschrieben."));
        view.dialog.open(programs.program(code).orElseThrow());
        assertThat(translations.titles.get("ja").getValue()).isEqualTo("翻訳されたプログラム");
        _setValue(translations.titles.get("ja"), "");
        _setValue(translations.summaries.get("ja"), "");
        view.dialog.save();
        assertThat(TestLogins.asStaff(() -> programs.translations(code))).containsOnlyKeys("de");
    }

    @Test
    void onAPhoneTheListFoldsIntoTheTitleColumnWithTheFactsBelowIt() {
        ProgramsView view = openAsStaff("programs-4");

        view.fold(375);
        assertThat(view.grid.getColumnByKey("program").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("code").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("status").isVisible()).isTrue();

        view.fold(1280);
        assertThat(view.grid.getColumnByKey("program").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("languages").isVisible()).isTrue();
    }

    @Test
    void participantsAndTeachersAreRefused() {
        signInAs("programs-5", "Pat Participant", Roles.TEACHER);
        UI.getCurrent().navigate(ProgramsView.class);

        assertThat(_find(ProgramsView.class)).isEmpty();
    }

    private ProgramsView openAsStaff(String subject) {
        signInAs(subject, "Sol Staff", Roles.STAFF);
        UI.getCurrent().navigate(ProgramsView.class);
        return _get(ProgramsView.class);
    }

    private static void assertInvalid(com.vaadin.flow.component.HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
    }

    /** The grid's row of this program, or null when the filter hides it. */
    private static String row(ProgramsView view, String code) {
        for (int row = 0; row < _size(view.grid); row++) {
            String text = _getFormattedRow(view.grid, row).toString();
            if (text.contains(code)) {
                return text;
            }
        }
        return null;
    }

    private static ProgramDraft draft(String code, String title) {
        return new ProgramDraft(code, title, "About " + title, null, Set.of("en"), ProgramLevel.CORE);
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}

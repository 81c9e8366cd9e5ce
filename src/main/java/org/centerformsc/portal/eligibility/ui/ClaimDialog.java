package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import org.centerformsc.portal.catalog.ProgramSummary;
import org.centerformsc.portal.completion.CompletionInputRefused;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.OutsideCompletion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** A member reports a program completed with another organisation, optionally with a certificate. */
class ClaimDialog extends Dialog {

    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final TextField organisation = new TextField();
    final DatePicker completedOn = new DatePicker();
    final MemoryBuffer buffer = new MemoryBuffer();
    final Upload certificate = new Upload(buffer);
    final Span error = new Span();

    ClaimDialog(List<ProgramSummary> programs, CompletionService completions, Runnable afterSave) {
        setHeaderTitle(getTranslation("claim.title"));
        setId("claim-dialog");
        program.setLabel(getTranslation("claim.program"));
        program.setItems(programs);
        program.setItemLabelGenerator(ProgramSummary::name);
        program.setId("claim-program");
        organisation.setLabel(getTranslation("claim.organisation"));
        organisation.setMaxLength(200);
        organisation.setId("claim-organisation");
        completedOn.setLabel(getTranslation("claim.date"));
        completedOn.setMax(LocalDate.now().plusDays(1));
        completedOn.setId("claim-date");
        certificate.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        certificate.setMaxFileSize(OutsideCompletion.MAX_CERTIFICATE_BYTES);
        certificate.setMaxFiles(1);
        certificate.setId("claim-certificate");
        error.setId("claim-error");
        error.addClassName("error-text");
        Button submit = new Button(getTranslation("claim.submit"), click -> submit(completions, afterSave));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("claim-submit");
        add(program, organisation, completedOn, new Span(getTranslation("claim.certificate")), certificate, error);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
    }

    private void submit(CompletionService completions, Runnable afterSave) {
        try {
            byte[] file = buffer.getFileName() == null || buffer.getFileName().isBlank() ? null
                    : buffer.getInputStream().readAllBytes();
            completions.claim(new OutsideCompletion(program.getValue() == null ? null : program.getValue().code(),
                    organisation.getValue(), completedOn.getValue(), buffer.getFileName(), file));
            Notification.show(getTranslation("claim.sent"));
            close();
            afterSave.run();
        } catch (CompletionInputRefused refused) {
            error.setText(getTranslation(refused.messageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

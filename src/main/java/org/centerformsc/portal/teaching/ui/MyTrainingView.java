package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.TrainingInputRefused;

import java.time.Clock;
import java.time.LocalDate;

/** "My training": where the teacher stands on the pathway, and logging consultations and continuing education. */
@Route("teaching/training")
@RolesAllowed(Roles.TEACHER)
@Menu(order = 8.1, title = "nav.training", icon = "vaadin:diploma")
class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    private final PathwayService pathway;
    private final Div panel = new Div();
    private final Paragraph error = new Paragraph();

    MyTrainingView(PathwayService pathway, Clock clock) {
        this.pathway = pathway;
        setId("my-training-view");
        error.setId("training-error");
        error.addClassName("error-text");
        add(new ViewHeader(getTranslation("nav.training"), getTranslation("training.lead")),
                new Anchor("teaching/directory-profile", getTranslation("training.directory-link")), panel,
                new H2(getTranslation("training.log")), error, consultationForm(clock), educationForm(clock));
        showPathway();
    }

    private FormRow consultationForm(Clock clock) {
        DatePicker day = new DatePicker(getTranslation("training.consultation.date"), LocalDate.now(clock));
        day.setId("consultation-date");
        TextField mentor = new TextField(getTranslation("training.consultation.mentor"));
        mentor.setId("consultation-mentor");
        mentor.setMaxLength(200);
        TextField note = new TextField(getTranslation("training.consultation.note"));
        note.setId("consultation-note");
        note.setMaxLength(500);
        Button log = new Button(getTranslation("training.consultation.log"), click -> attempt(
                () -> pathway.logConsultation(day.getValue(), mentor.getValue(), note.getValue()), () -> {
                    mentor.clear();
                    note.clear();
                }));
        log.setId("log-consultation");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormRow(day, mentor, note, log);
    }

    private FormRow educationForm(Clock clock) {
        DatePicker day = new DatePicker(getTranslation("training.education.date"), LocalDate.now(clock));
        day.setId("education-date");
        TextField title = new TextField(getTranslation("training.education.title"));
        title.setId("education-title");
        title.setMaxLength(200);
        NumberField hours = new NumberField(getTranslation("training.education.hours"));
        hours.setId("education-hours");
        hours.setStep(0.25);
        hours.setMin(0.25);
        hours.setMax(100);
        Button log = new Button(getTranslation("training.education.log"), click -> attempt(
                () -> pathway.logContinuingEducation(day.getValue(), title.getValue(),
                        hours.getValue() == null ? 0 : (int) Math.round(hours.getValue() * 60)), () -> {
                    title.clear();
                    hours.clear();
                }));
        log.setId("log-education");
        return new FormRow(day, title, hours, log);
    }

    private void attempt(Runnable action, Runnable clear) {
        attempt(action, clear, "training.logged");
    }

    private void attempt(Runnable action, Runnable clear, String doneKey) {
        try {
            action.run();
            error.setText("");
            clear.run();
            Notification.show(getTranslation(doneKey));
            showPathway();
        } catch (TrainingInputRefused refused) {
            error.setText(getTranslation(refused.messageKey()));
        }
    }

    private void showPathway() {
        panel.removeAll();
        panel.add(new PathwayPanel(pathway.myTraining(), item -> attempt(() -> pathway.withdrawEvidence(
                item.evidenceId()), () -> { }, "training.withdrawn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.title");
    }
}

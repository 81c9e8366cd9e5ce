package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.EvidenceItem;
import org.centerformsc.portal.teaching.EvidenceStatus;
import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.TeacherTraining;
import org.centerformsc.portal.teaching.TrainingInputRefused;

/**
 * Staff: one teacher's pathway, the evidence they logged to verify, extensions of their deadlines, and evidence
 * verified elsewhere.
 */
@Route("staff/training/:id")
@RolesAllowed(Roles.STAFF)
class TeacherTrainingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<Pathway.DeadlineKind> deadline = new Select<>();
    final DatePicker extendTo = new DatePicker();
    final TextField reason = new TextField();
    final Paragraph error = new Paragraph();
    private final PathwayService pathway;
    private MemberId teacher;
    private String name = "";

    TeacherTrainingView(PathwayService pathway) {
        this.pathway = pathway;
        setId("teacher-training-view");
        error.setId("training-error");
        error.addClassName("error-text");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teacher = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .map(MemberId::new).orElseThrow(NotFoundException::new);
        try {
            render();
        } catch (TrainingInputRefused unknown) {
            throw new NotFoundException();
        }
    }

    private void render() {
        TeacherTraining training = pathway.trainingOf(teacher);
        name = training.name();
        removeAll();
        add(new ViewHeader(training.name(), getTranslation("staff.training.teacher-lead")),
                new Anchor("staff/training", getTranslation("staff.training.back")), new PathwayPanel(training),
                new H2(getTranslation("staff.training.to-verify")), toVerify(training), error,
                new H2(getTranslation("staff.training.extensions")), extensions(training));
        if (training.pathway().deadlines().isEmpty()) {
            add(new Paragraph(getTranslation("training.deadlines.none")));
        } else {
            add(extensionForm(training));
        }
        add(new H2(getTranslation("staff.training.record.heading")), new RecordEvidenceForm(pathway, teacher,
                this::act));
    }

    private Div toVerify(TeacherTraining training) {
        Div list = new Div();
        list.setId("evidence-to-verify");
        training.timeline().stream().filter(item -> item.status() == EvidenceStatus.LOGGED).forEach(item -> {
            TextField why = new TextField();
            why.setPlaceholder(getTranslation("staff.reject-reason"));
            why.setAriaLabel(getTranslation("staff.reject-reason"));
            Button verify = new Button(getTranslation("staff.verify"),
                    click -> act(() -> pathway.verifyEvidence(item.evidenceId())));
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            verify.setId("verify-" + item.evidenceId());
            Button reject = new Button(getTranslation("staff.reject"),
                    click -> act(() -> pathway.rejectEvidence(item.evidenceId(), why.getValue())));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reject.setId("reject-" + item.evidenceId());
            FlexLayout row = new FlexLayout(new Span(describe(item)), why, verify, reject);
            row.setAlignItems(Alignment.BASELINE);
            row.addClassName("practice-form");
            list.add(row);
        });
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("staff.training.pending.none")));
        }
        return list;
    }

    private UnorderedList extensions(TeacherTraining training) {
        UnorderedList list = new UnorderedList();
        list.setId("granted-extensions");
        for (TeacherTraining.Extension extension : training.extensions()) {
            list.add(new ListItem(getTranslation("staff.training.extension-line",
                    getTranslation("deadline.kind." + extension.kind()), date(extension.originalDue()),
                    date(extension.extendedTo()), extension.reason(), extension.grantedBy())));
        }
        return list;
    }

    private FormRow extensionForm(TeacherTraining training) {
        deadline.setLabel(getTranslation("staff.training.deadline"));
        deadline.setItems(training.pathway().deadlines().stream().map(Pathway.Deadline::kind).toList());
        deadline.setItemLabelGenerator(kind -> kind == null ? "" : getTranslation("deadline.kind." + kind));
        training.pathway().deadlines().stream().findFirst().ifPresent(d -> deadline.setValue(d.kind()));
        deadline.setId("extension-deadline");
        extendTo.setLabel(getTranslation("staff.training.extend-to"));
        extendTo.setId("extension-date");
        reason.setLabel(getTranslation("staff.training.reason"));
        reason.setMaxLength(500);
        reason.setId("extension-reason");
        Button grant = new Button(getTranslation("staff.training.grant"), click -> act(() ->
                pathway.grantExtension(teacher, deadline.getValue(), extendTo.getValue(), reason.getValue())));
        grant.setId("grant-extension");
        return new FormRow(deadline, extendTo, reason, grant);
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("staff.training.saved"));
            render();
        } catch (TrainingInputRefused refused) {
            error.setText(getTranslation(refused.messageKey()));
        }
    }

    private String describe(EvidenceItem item) {
        String text = date(item.on()) + " · " + getTranslation("evidence." + item.type()) + ": " + item.title();
        return item.minutes() > 0 ? text + " · " + getTranslation("evidence.hours", item.minutes() / 60.0) : text;
    }

    private String date(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(day);
    }

    @Override
    public String getPageTitle() {
        return name + " | " + getTranslation("app.title");
    }
}

package org.centerformsc.portal.planning.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.ProgramService;
import org.centerformsc.portal.catalog.OfferingDraft;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.OfferingPlanningService;
import org.centerformsc.portal.catalog.OfferingRefused;
import org.centerformsc.portal.catalog.PlannedOffering;
import org.centerformsc.portal.catalog.ScheduleRefused;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.PathwayService;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The offering form: staff create, edit, publish, send back and cancel; a teacher proposes an offering of a program
 * they may teach and sends it for approval. The server decides what each may do (OfferingPlanningService).
 */
@Route("planning/offerings/:id?")
@RolesAllowed({Roles.STAFF, Roles.TEACHER})
class OfferingEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final OfferingForm form;
    final Paragraph state = new Paragraph();
    final Button save = new Button();
    final Button submit = new Button();
    final Button publish = new Button();
    final Button sendBack = new Button();
    final Button cancel = new Button();
    final Button duplicate = new Button();
    final Checkbox lockPrice = new Checkbox();
    final Anchor seats = new Anchor();
    private final OfferingPlanningService planning;
    private final boolean staff;
    private final Clock clock;
    private final MemberService members;
    private OfferingId id;

    OfferingEditorView(OfferingPlanningService planning, ProgramService programs, Gazetteer gazetteer,
                       PathwayService pathway, CurrentMember currentMember, MemberService members, Clock clock) {
        this.planning = planning;
        this.clock = clock;
        this.staff = currentMember.hasRole(Roles.STAFF);
        this.members = members;
        this.form = new OfferingForm(programs.activeProgramTitles(), gazetteer, pathway, staff, ZoneId.of("UTC"));
        // a new offering takes registrations at once (from today where it takes place) unless staff choose a day
        form.registrationOpens.setValue(LocalDate.now(clock.withZone(form.eventZone())));
        setId("offering-editor-view");
        state.setId("offering-state");
        button(save, "save", ButtonVariant.LUMO_PRIMARY, click -> save());
        button(submit, "submit", ButtonVariant.LUMO_PRIMARY, click -> act(planning::submitForApproval));
        button(publish, "publish", ButtonVariant.LUMO_PRIMARY, click -> act(planning::publish));
        button(sendBack, "sendback", ButtonVariant.LUMO_TERTIARY, click -> ask("sendback", note ->
                planning.sendBack(id, note)));
        button(cancel, "cancel", ButtonVariant.LUMO_ERROR, click -> ask("cancel", reason -> planning.cancel(id, reason)));
        button(duplicate, "duplicate", ButtonVariant.LUMO_TERTIARY, click -> getUI().ifPresent(ui ->
                ui.navigate("planning/offerings", QueryParameters.of("from", String.valueOf(id.value())))));
        lockPrice.setLabel(getTranslation("planning.lockprice"));
        lockPrice.setId("offering-lockprice");
        lockPrice.addValueChangeListener(change -> {
            if (change.isFromClient() && id != null) {
                planning.lockPrice(id, change.getValue());
            }
        });
        seats.setText(getTranslation("planning.seats"));
        seats.setId("offering-seats");
        FlexLayout actions = new FlexLayout(save, submit, publish, sendBack, cancel, duplicate, lockPrice, seats);
        // buttons keep their whole label and wrap on a phone (the filters' fixed widths would cut them)
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("practice-form");
        add(new ViewHeader(getTranslation("planning.title"), getTranslation("planning.lead")), state, form, actions);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ViewerZone.resolve(attach.getUI(), members.preferredZone(), ZoneId.of("UTC"), form.schedule::viewerZone);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .map(OfferingId::new).orElse(null);
        if (event.getRouteParameters().get("id").isPresent() && id == null) {
            throw new NotFoundException();
        }
        try {
            if (id != null) {
                form.fill(planning.draftOf(id));
            } else {
                event.getLocation().getQueryParameters().getSingleParameter("from").filter(s -> s.matches("\\d{1,18}"))
                        .map(from -> planning.draftOf(new OfferingId(Long.parseLong(from))))
                        .ifPresent(original -> form.fill(NextRun.of(original, LocalDate.now(clock))));
            }
            showState();
        } catch (OfferingRefused | AccessDeniedException unknownOrNotYours) {
            // someone else's offering reads as unknown, like any id that does not exist
            throw new NotFoundException();
        }
    }

    void save() {
        try {
            OfferingDraft draft = form.draft();
            if (id == null) {
                id = planning.create(draft);
                getUI().ifPresent(ui -> ui.navigate("planning/offerings/" + id.value()));
            } else {
                planning.update(id, draft);
            }
            form.clearErrors();
            showState();
            Notification.show(getTranslation("planning.saved"));
        } catch (OfferingRefused refused) {
            form.refused(refused);
        } catch (ScheduleRefused refused) {
            form.clearErrors();
            form.schedule.refused(refused);
        }
    }

    private void act(Consumer<OfferingId> action) {
        try {
            action.accept(id);
            showState();
        } catch (OfferingRefused refused) {
            form.refused(refused);
        }
    }

    /** A dialog asking for the note or reason that sending back or cancelling needs. */
    private void ask(String what, Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("planning." + what + ".title"));
        TextArea text = new TextArea(getTranslation("planning." + what + ".text"));
        text.setId("planning-dialog-text");
        text.setMaxLength(1000);
        text.setWidthFull();
        Button confirm = new Button(getTranslation("planning." + what + ".confirm"), click -> {
            try {
                action.accept(text.getValue());
                dialog.close();
                showState();
            } catch (OfferingRefused refused) {
                text.setErrorMessage(getTranslation(refused.messageKey()));
                text.setInvalid(true);
            }
        });
        confirm.setId("planning-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("planning.back"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void showState() {
        PlannedOffering planned = id == null ? null : planning.planned(id);
        String status = planned == null ? "NEW" : planned.status();
        String text = getTranslation("planning.state." + status);
        if (planned != null && planned.reviewNote() != null) {
            text += " " + getTranslation("planning.state.note", planned.reviewNote());
        }
        if (planned != null && planned.cancelReason() != null) {
            text += " " + getTranslation("planning.state.reason", planned.cancelReason());
        }
        state.setText(text);
        boolean open = !status.equals("COMPLETED") && !status.equals("CANCELLED");
        save.setVisible(open && (staff || status.equals("NEW") || status.equals("DRAFT")));
        submit.setVisible(!staff && status.equals("DRAFT"));
        publish.setVisible(staff && (status.equals("DRAFT") || status.equals("AWAITING_APPROVAL")));
        sendBack.setVisible(staff && status.equals("AWAITING_APPROVAL"));
        cancel.setVisible(staff && planned != null && open);
        duplicate.setVisible(planned != null);
        lockPrice.setVisible(staff && planned != null && open);
        lockPrice.setValue(planned != null && planned.priceLocked());
        seats.setVisible(staff && planned != null);
        if (planned != null) {
            seats.setHref("staff/offerings/" + planned.id().value() + "/seats");
        }
        form.code.setReadOnly(planned != null);
    }

    private void button(Button button, String key, ButtonVariant variant,
                        ComponentEventListener<ClickEvent<Button>> listener) {
        button.setText(getTranslation("planning." + key));
        button.setId("offering-" + key);
        button.addThemeVariants(variant);
        button.addClickListener(listener);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.title") + " | " + getTranslation("app.title");
    }
}

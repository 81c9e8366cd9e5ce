package org.centerformsc.portal.records.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.records.MemberActions;

import java.util.function.BiConsumer;

/**
 * Staff enroll the member of the page in an offering found by code or title, as on an offering's seats page: the
 * prerequisites judge the member unless staff override them with a reason. Refusals show at the field they concern;
 * nothing is stored then.
 */
class EnrollOnBehalfDialog extends Dialog {

    static final int REASON_MAX = 1000;

    final ComboBox<OfferingCard> offering = new ComboBox<>();
    final Checkbox override = new Checkbox();
    final TextArea reason = new TextArea();
    final Button enroll = new Button();
    private final MemberActions actions;
    private final BiConsumer<OfferingCard, MyEnrollment> enrolled;
    private MemberId member;

    EnrollOnBehalfDialog(MemberActions actions, CatalogService catalog,
                         BiConsumer<OfferingCard, MyEnrollment> enrolled) {
        this.actions = actions;
        this.enrolled = enrolled;
        setId("records-enroll-dialog");
        setHeaderTitle(getTranslation("records.enroll"));
        offering.setLabel(getTranslation("records.enroll.offering"));
        offering.setId("records-enroll-offering");
        offering.setRequiredIndicatorVisible(true);
        offering.setItems(query -> catalog.searchOfferings(query.getFilter().orElse("").strip(), query.getOffset(),
                query.getLimit()).stream());
        offering.setItemLabelGenerator(card -> card.code() + " · " + card.title());
        offering.setWidthFull();
        offering.addValueChangeListener(change -> offering.setInvalid(false));
        override.setLabel(getTranslation("seats.enroll.override"));
        override.setId("records-enroll-override");
        override.addValueChangeListener(change -> {
            reason.setVisible(change.getValue());
            reason.setInvalid(false);
        });
        reason.setLabel(getTranslation("seats.enroll.reason"));
        reason.setHelperText(getTranslation("seats.enroll.reason.help"));
        reason.setId("records-enroll-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(REASON_MAX);
        reason.setWidthFull();
        reason.setVisible(false);
        VerticalLayout fields = new VerticalLayout(offering, override, reason);
        fields.setPadding(false);
        fields.setWidth("30rem");
        fields.setMaxWidth("100%");
        add(fields);
        enroll.setText(getTranslation("seats.enroll.action"));
        enroll.setId("records-enroll-submit");
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.addClickListener(click -> submit());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), enroll);
    }

    void open(MemberId member) {
        this.member = member;
        offering.clear();
        offering.setInvalid(false);
        override.clear();
        reason.clear();
        reason.setInvalid(false);
        open();
    }

    private void submit() {
        OfferingCard chosen = offering.getValue();
        if (chosen == null) {
            refuse(offering, "records.enroll.nooffering");
            return;
        }
        if (override.getValue() && reason.getValue().isBlank()) {
            refuse(reason, "seats.refused.reason");
            return;
        }
        try {
            MyEnrollment place = actions.enroll(member, chosen.id(), override.getValue() ? reason.getValue() : null);
            close();
            enrolled.accept(chosen, place);
        } catch (EnrollmentRefused refused) {
            refuse(refused.messageKey().equals("seats.refused.reason") ? reason : offering, refused.messageKey());
        }
    }

    private void refuse(HasValidation field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }
}

package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.eligibility.StaffEnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;

import java.util.function.BiConsumer;

/**
 * Staff enroll a member found by name or e-mail address. The prerequisites judge the member unless staff tick
 * "Override the prerequisites", which needs a reason (kept with the override). Refusals show at the field they
 * concern; nothing is stored then.
 */
class EnrollMemberDialog extends Dialog {

    static final int REASON_MAX = 1000;

    final ComboBox<MemberProfile> member = new ComboBox<>();
    final Checkbox override = new Checkbox();
    final TextArea reason = new TextArea();
    final Button enroll = new Button();
    private final StaffEnrollmentService staffEnrollment;
    private final BiConsumer<MemberProfile, MyEnrollment> enrolled;
    private OfferingCard offering;

    EnrollMemberDialog(StaffEnrollmentService staffEnrollment, MemberService members,
                       BiConsumer<MemberProfile, MyEnrollment> enrolled) {
        this.staffEnrollment = staffEnrollment;
        this.enrolled = enrolled;
        setId("enroll-dialog");
        setHeaderTitle(getTranslation("seats.enroll"));
        member.setLabel(getTranslation("seats.enroll.member"));
        member.setId("enroll-member");
        member.setRequiredIndicatorVisible(true);
        member.setItems(query -> members.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        member.setItemLabelGenerator(EnrollMemberDialog::label);
        member.setWidthFull();
        member.addValueChangeListener(change -> member.setInvalid(false));
        override.setLabel(getTranslation("seats.enroll.override"));
        override.setId("enroll-override");
        override.addValueChangeListener(change -> {
            reason.setVisible(change.getValue());
            reason.setInvalid(false);
        });
        reason.setLabel(getTranslation("seats.enroll.reason"));
        reason.setHelperText(getTranslation("seats.enroll.reason.help"));
        reason.setId("enroll-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(REASON_MAX);
        reason.setWidthFull();
        reason.setVisible(false);
        VerticalLayout fields = new VerticalLayout(member, override, reason);
        fields.setPadding(false);
        fields.setWidth("30rem");
        fields.setMaxWidth("100%");
        add(fields);
        enroll.setText(getTranslation("seats.enroll.action"));
        enroll.setId("enroll-submit");
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.addClickListener(click -> submit());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, enroll);
    }

    void open(OfferingCard offering) {
        this.offering = offering;
        member.clear();
        member.setInvalid(false);
        override.clear();
        reason.clear();
        reason.setInvalid(false);
        open();
    }

    private void submit() {
        MemberProfile chosen = member.getValue();
        if (chosen == null) {
            refuse(member, "seats.enroll.nomember");
            return;
        }
        if (override.getValue() && reason.getValue().isBlank()) {
            refuse(reason, "seats.refused.reason");
            return;
        }
        try {
            MyEnrollment place = override.getValue()
                    ? staffEnrollment.enrollOverridingPrerequisites(offering.id(), chosen.id(), reason.getValue())
                    : staffEnrollment.enroll(offering.id(), chosen.id());
            close();
            enrolled.accept(chosen, place);
        } catch (EnrollmentRefused refused) {
            refuse(refused.messageKey().equals("seats.refused.reason") ? reason : member, refused.messageKey());
        }
    }

    private void refuse(com.vaadin.flow.component.HasValidation field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }

    private static String label(MemberProfile profile) {
        return profile.email() == null ? profile.displayName() : profile.displayName() + " <" + profile.email() + ">";
    }
}

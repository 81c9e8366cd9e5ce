package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.giving.GuestDonor;

/**
 * Who gives, for a visitor without an account: the name for the receipt and the e-mail it goes to. The service
 * checks both; its reason shows next to the field.
 */
class GuestDonorFields extends Div {

    final TextField name = new TextField();
    final EmailField email = new EmailField();

    GuestDonorFields() {
        setId("guest-donor");
        name.setLabel(getTranslation("giving.guest.name"));
        name.setId("guest-name");
        name.setMaxLength(GuestDonor.MAX_NAME);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("giving.guest.email"));
        email.setHelperText(getTranslation("giving.guest.email.help"));
        email.setId("guest-email");
        email.setMaxLength(GuestDonor.MAX_EMAIL);
        email.setAutocomplete(Autocomplete.EMAIL);
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        // the server decides what is valid, and says why next to the field
        name.setManualValidation(true);
        email.setManualValidation(true);
        FlexLayout fields = new FlexLayout(name, email);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("practice-form");
        add(fields);
    }

    void show(GuestDonor.Refused refused) {
        HasValidation field = "email".equals(refused.field()) ? email : name;
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }

    void clearErrors() {
        name.setInvalid(false);
        email.setInvalid(false);
    }
}

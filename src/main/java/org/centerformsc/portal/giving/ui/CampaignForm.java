package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.giving.CampaignDraft;
import org.centerformsc.portal.giving.CampaignRefused;
import org.centerformsc.portal.giving.GiftAmounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A campaign's fields; the code is typed once, when the campaign is created, and never changes. */
class CampaignForm extends FormLayout {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Select<String> currency = new Select<>();
    final BigDecimalField goal = new BigDecimalField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final Checkbox active = new Checkbox();
    private final Map<String, HasValidation> byField = Map.of("code", code, "name", name, "description", description,
            "currency", currency, "goal", goal, "startsOn", startsOn, "endsOn", endsOn);

    CampaignForm() {
        setId("campaign-form");
        code.setLabel(getTranslation("campaign.code"));
        code.setHelperText(getTranslation("campaign.code.help"));
        code.setMaxLength(40);
        code.setId("campaign-code");
        name.setLabel(getTranslation("campaign.name"));
        name.setMaxLength(120);
        name.setId("campaign-name");
        description.setLabel(getTranslation("campaign.description"));
        description.setMaxLength(2000);
        currency.setLabel(getTranslation("campaign.currency"));
        currency.setItems(GiftAmounts.CURRENCIES);
        goal.setLabel(getTranslation("campaign.goal"));
        goal.setHelperText(getTranslation("campaign.goal.help"));
        goal.setId("campaign-goal");
        startsOn.setLabel(getTranslation("campaign.starts"));
        startsOn.setId("campaign-starts");
        endsOn.setLabel(getTranslation("campaign.ends"));
        endsOn.setHelperText(getTranslation("campaign.ends.help"));
        endsOn.setId("campaign-ends");
        active.setLabel(getTranslation("campaign.active"));
        active.setId("campaign-active");
        add(code, name, description, currency, goal, startsOn, endsOn, active);
        setColspan(description, 2);
    }

    /** An empty form for a new campaign, starting today, in US dollars, open. */
    void clear(LocalDate today) {
        fill(new CampaignDraft(null, null, null, "USD", null, today, null, true));
    }

    void fill(CampaignDraft draft) {
        code.setValue(draft.code() == null ? "" : draft.code());
        code.setReadOnly(draft.code() != null);
        name.setValue(draft.name() == null ? "" : draft.name());
        description.setValue(draft.description() == null ? "" : draft.description());
        currency.setValue(draft.currency());
        goal.setValue(draft.goal());
        startsOn.setValue(draft.startsOn());
        endsOn.setValue(draft.endsOn());
        active.setValue(draft.active());
        clearErrors();
    }

    CampaignDraft draft() {
        return new CampaignDraft(code.getValue().strip().toUpperCase(Locale.ROOT), name.getValue(),
                description.getValue(), currency.getValue(), goal.getValue(), startsOn.getValue(), endsOn.getValue(),
                active.getValue());
    }

    /** Puts the service's reason next to the field it is about. */
    void show(CampaignRefused refused) {
        clearErrors();
        HasValidation field = byField.getOrDefault(refused.field(), name);
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }

    private void clearErrors() {
        List.copyOf(byField.values()).forEach(field -> field.setInvalid(false));
    }
}

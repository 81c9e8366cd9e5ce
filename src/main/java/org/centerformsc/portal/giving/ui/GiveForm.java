package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.centerformsc.portal.giving.CampaignSummary;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.GiftAmounts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/** Amount (presets or your own), currency, how often, and what the gift is for. */
class GiveForm extends Section {

    final RadioButtonGroup<Integer> preset = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final Select<String> currency = new Select<>();
    final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    final Select<Designation> designation = new Select<>();
    final Select<String> campaign = new Select<>();
    final Span error = new Span();
    final Button give = new Button();

    record Gift(BigDecimal amount, String currency, Frequency frequency, Designation designation, String campaign) {
    }

    /** {@code openCampaigns}: the campaigns open for gifts now; without any, a gift cannot be designated to one. */
    GiveForm(List<CampaignSummary> openCampaigns, Consumer<Gift> onGive) {
        setId("give-form");
        addClassName("card");
        preset.setLabel(getTranslation("giving.amount"));
        preset.setItems(GiftAmounts.PRESETS);
        preset.setId("give-preset");
        preset.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                amount.setValue(BigDecimal.valueOf(change.getValue()));
            }
        });
        amount.setLabel(getTranslation("giving.other"));
        amount.setId("give-amount");
        amount.setValue(BigDecimal.valueOf(25));
        preset.setValue(25);
        currency.setLabel(getTranslation("giving.currency"));
        currency.setItems(GiftAmounts.CURRENCIES);
        currency.setValue("USD");
        currency.setId("give-currency");
        frequency.setLabel(getTranslation("giving.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("giving.frequency." + f.name().toLowerCase(Locale.ROOT)));
        frequency.setValue(Frequency.ONCE);
        frequency.setId("give-frequency");
        designation.setLabel(getTranslation("giving.designation"));
        designation.setItems(Arrays.stream(Designation.values())
                .filter(d -> d != Designation.CAMPAIGN || !openCampaigns.isEmpty()).toList());
        designation.setItemLabelGenerator(d -> getTranslation("giving.designation." + d.name().toLowerCase(Locale.ROOT)));
        designation.setValue(Designation.GENERAL);
        designation.setId("give-designation");
        campaign.setLabel(getTranslation("giving.campaign"));
        Map<String, String> names = openCampaigns.stream()
                .collect(Collectors.toMap(CampaignSummary::code, CampaignSummary::name, (a, b) -> a, LinkedHashMap::new));
        campaign.setItems(names.keySet());
        campaign.setItemLabelGenerator(names::get);
        names.keySet().stream().findFirst().ifPresent(campaign::setValue);
        campaign.setId("give-campaign");
        campaign.setWidthFull();
        campaign.setVisible(false);
        designation.addValueChangeListener(change -> campaign.setVisible(change.getValue() == Designation.CAMPAIGN));
        error.setId("give-error");
        error.addClassName("error-text");
        give.setText(getTranslation("giving.give"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.setId("give");
        give.addClickListener(click -> onGive.accept(new Gift(amount.getValue(), currency.getValue(),
                frequency.getValue(), designation.getValue(), campaign.isVisible() ? campaign.getValue() : null)));
        FlexLayout amountRow = new FlexLayout(amount, currency);
        amountRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        amountRow.addClassName("practice-form");
        add(preset, amountRow, frequency, designation, campaign, error, give);
    }

    /**
     * For a visitor: who gives comes first, and only one-time gifts (a recurring gift needs an account to manage it;
     * {@code accountNote} says so and where to get one).
     */
    void forGuest(GuestDonorFields donor, Component accountNote) {
        addComponentAsFirst(donor);
        frequency.setValue(Frequency.ONCE);
        frequency.setItemEnabledProvider(f -> f == Frequency.ONCE);
        addComponentAtIndex(indexOf(frequency) + 1, accountNote);
    }

    /** Designates the gift to a campaign named in the address (from its page), when it is open. */
    void choose(String campaignCode) {
        if (campaign.getListDataView().contains(campaignCode)) {
            designation.setValue(Designation.CAMPAIGN);
            campaign.setValue(campaignCode);
        }
    }
}

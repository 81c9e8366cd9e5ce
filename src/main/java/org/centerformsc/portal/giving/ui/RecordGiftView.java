package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GiftAmounts;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** Staff record a gift received by other means (a check, a bank transfer) by hand. */
@Route("staff/gifts")
@RolesAllowed(Roles.STAFF)
class RecordGiftView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final BigDecimalField amount = new BigDecimalField();
    final Select<String> currency = new Select<>();
    final Select<String> campaign = new Select<>();
    final DatePicker givenOn = new DatePicker();
    final Span error = new Span();

    RecordGiftView(GivingService giving, CampaignService campaigns, MemberService members) {
        setId("record-gift-view");
        add(new ViewHeader(getTranslation("staff.gifts"), getTranslation("staff.gifts.lead")));
        email.setLabel(getTranslation("staff.gifts.email"));
        amount.setLabel(getTranslation("staff.gifts.amount"));
        currency.setLabel(getTranslation("staff.gifts.currency"));
        currency.setItems("USD", "EUR", "GBP", "CAD", "AUD");
        currency.setValue("USD");
        campaign.setLabel(getTranslation("staff.gifts.campaign"));
        Map<String, String> names = campaigns.campaignNames();
        campaign.setItems(names.keySet());
        campaign.setItemLabelGenerator(code -> code == null ? "" : names.get(code) + " (" + code + ")");
        campaign.setEmptySelectionAllowed(true);
        campaign.setEmptySelectionCaption(getTranslation("staff.gifts.nocampaign"));
        campaign.setPlaceholder(getTranslation("staff.gifts.nocampaign"));
        givenOn.setLabel(getTranslation("staff.gifts.date"));
        error.setId("gift-error");
        error.addClassName("error-text");
        Button record = new Button(getTranslation("staff.gifts.record"), click -> record(giving, members));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("record-gift");
        add(new FormLayout(email, amount, currency, campaign, givenOn), error, record);
    }

    private void record(GivingService giving, MemberService members) {
        Optional<MemberProfile> member = members.findByEmail(email.getValue());
        if (member.isEmpty()) {
            error.setText(getTranslation("staff.gifts.nomember"));
            return;
        }
        int digits = Currency.getInstance(currency.getValue()).getDefaultFractionDigits();
        BigDecimal value = amount.getValue();
        if (value == null || value.signum() <= 0 || value.scale() > digits || value.compareTo(new BigDecimal("1000000")) > 0) {
            error.setText(getTranslation("staff.gifts.badamount"));
            return;
        }
        if (givenOn.getValue() == null) {
            error.setText(getTranslation("staff.gifts.nodate"));
            return;
        }
        try {
            giving.recordManualGift(member.get().id(), new Money(value.movePointRight(digits).longValueExact(),
                    currency.getValue()), campaign.getValue(), givenOn.getValue().atTime(12, 0).toInstant(ZoneOffset.UTC));
        } catch (GiftAmounts.InvalidGift invalid) {
            error.setText(getTranslation(invalid.messageKey()));
            return;
        }
        error.setText("");
        Notification.show(getTranslation("staff.gifts.recorded", member.get().displayName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.gifts") + " | " + getTranslation("app.title");
    }
}

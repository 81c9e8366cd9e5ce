package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.fees.CheckoutRefused;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.CheckoutView;
import org.centerformsc.portal.fees.PayOutcome;
import org.centerformsc.portal.fees.PriceQuote;
import org.centerformsc.portal.fees.PriceChoice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A seat held while the member pays: until when (counting down in the browser), what they pay and why, and Pay.
 * The server decides the price again when Pay is pressed; this shows what it will be. {@code paid} hears the outcome
 * of a payment settled at once, or null when the server refused it (the message is shown already).
 */
class CheckoutPanel extends Div {

    final Button pay = new Button();
    final RadioButtonGroup<PriceQuote> scale = new RadioButtonGroup<>();

    CheckoutPanel(OfferingCard card, CheckoutView checkout, CheckoutService checkouts, Instant now, ZoneId viewer,
                  Locale locale, Consumer<PayOutcome> paid) {
        setId("checkout");
        PriceQuote quote = checkout.quote();
        String amount = TimeFormats.money(quote.amountMinor(), quote.currency(), locale);
        String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(checkout.holdExpiresAt().atZone(viewer == null ? card.zone() : viewer));
        Paragraph held = new Paragraph(getTranslation("checkout.held", until));
        held.setId("enrollment-status");
        // whole minutes, rounded up as the browser counts them, so the text never jumps when the countdown starts
        long minutes = Math.max(0, (Duration.between(now, checkout.holdExpiresAt()).getSeconds() + 59) / 60);
        Span left = new Span(minutes == 1 ? getTranslation("checkout.left.one")
                : getTranslation("checkout.left", minutes));
        left.setId("hold-remaining");
        // counts down in the browser; the server checks the hold again when Pay is pressed
        left.getElement().executeJs("""
                const el = this, end = $0, one = $1, many = $2;
                const tick = () => {
                  const minutes = Math.max(0, Math.ceil((end - Date.now()) / 60000));
                  el.textContent = minutes === 1 ? one : many.replace('{0}', minutes);
                  if (minutes > 0) setTimeout(tick, 15000);
                };
                tick();""", (double) checkout.holdExpiresAt().toEpochMilli(), getTranslation("checkout.left.one"),
                getTranslation("checkout.left", "{0}"));
        add(held, left);
        if (checkout.choices().size() > 1) {
            // the sliding scale: members choose freely, the standard price chosen until they do
            scale.setId("checkout-scale");
            scale.setLabel(getTranslation("checkout.scale"));
            scale.setHelperText(getTranslation("checkout.scale.help"));
            scale.setItems(checkout.choices());
            scale.setItemLabelGenerator(choice -> describe(choice, card, locale));
            scale.setValue(quote);
            scale.addValueChangeListener(change -> pay.setText(getTranslation("checkout.pay",
                    TimeFormats.money(change.getValue().amountMinor(), change.getValue().currency(), locale))));
            add(scale);
        } else {
            Paragraph price = new Paragraph(describe(quote, card, locale));
            price.setId("checkout-price");
            add(price);
        }
        if (checkout.demoPayments()) {
            Paragraph demo = new Paragraph(getTranslation("checkout.demo"));
            demo.setId("checkout-demo");
            demo.addClassName("view-lead");
            add(demo);
        }
        // a scholarship that covers the whole fee leaves nothing to pay, only the seat to confirm
        pay.setText(quote.isFree() ? getTranslation("checkout.confirmfree") : getTranslation("checkout.pay", amount));
        pay.setId("pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        pay.addClickListener(click -> {
            PayOutcome outcome;
            try {
                PriceChoice choice = scale.getValue() == null ? PriceChoice.STANDARD
                        : scale.getValue().reason().choice();
                outcome = checkouts.pay(card.id(), choice, "/courses/" + card.code());
            } catch (CheckoutRefused refused) {
                Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                paid.accept(null);
                return;
            }
            if (outcome.redirectUrl() != null) {
                UI.getCurrent().getPage().setLocation(outcome.redirectUrl());
                return;
            }
            paid.accept(outcome);
        });
        add(pay);
    }

    /** What the member pays at this price and why, as one sentence. */
    private String describe(PriceQuote quote, OfferingCard card, Locale locale) {
        String amount = TimeFormats.money(quote.amountMinor(), quote.currency(), locale);
        return switch (quote.reason()) {
            case EARLY_BIRD -> getTranslation("checkout.earlybird", amount, TimeFormats.date(quote.earlyBirdDeadline()
                    .minusNanos(1), card.zone(), locale), TimeFormats.money(quote.regularMinor(), quote.currency(),
                    locale));
            case SUPPORTED -> getTranslation("checkout.supported", amount);
            case SUSTAINING -> getTranslation("checkout.sustaining", amount);
            case SCHOLARSHIP -> getTranslation("checkout.scholarship", amount,
                    TimeFormats.money(quote.scholarshipMinor(), quote.currency(), locale),
                    TimeFormats.money(quote.standardMinor(), quote.currency(), locale));
            case REGULAR -> getTranslation("checkout.regular", amount);
        };
    }
}

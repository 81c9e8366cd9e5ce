package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.fees.CheckoutRefused;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.CheckoutView;
import org.centerformsc.portal.fees.PayOutcome;
import org.centerformsc.portal.fees.PriceQuote;
import org.centerformsc.portal.fees.PriceReason;

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
        Paragraph price = new Paragraph(quote.reason() == PriceReason.EARLY_BIRD
                ? getTranslation("checkout.earlybird", amount, TimeFormats.date(quote.earlyBirdDeadline()
                .minusNanos(1), card.zone(), locale), TimeFormats.money(quote.regularMinor(), quote.currency(), locale))
                : getTranslation("checkout.regular", amount));
        price.setId("checkout-price");
        add(held, left, price);
        if (checkout.demoPayments()) {
            Paragraph demo = new Paragraph(getTranslation("checkout.demo"));
            demo.setId("checkout-demo");
            demo.addClassName("view-lead");
            add(demo);
        }
        pay.setText(getTranslation("checkout.pay", amount));
        pay.setId("pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        pay.addClickListener(click -> {
            PayOutcome outcome;
            try {
                outcome = checkouts.pay(card.id(), "/courses/" + card.code());
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
}

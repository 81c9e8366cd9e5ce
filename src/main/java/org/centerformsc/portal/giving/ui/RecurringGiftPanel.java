package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.giving.GiftAmounts;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.giving.SubscriptionChange;
import org.centerformsc.portal.giving.SubscriptionState;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * One recurring gift and everything its donor can do with it, each in one or two clicks; a failed payment with the
 * way to the card page, and a lapsed gift with its restart (docs/decisions/017).
 */
class RecurringGiftPanel extends Div {

    private final GivingService giving;
    private final Runnable refresh;
    private final RecurringGiftView gift;

    /** {@code cardPage}: the provider's page to update the card, or null when there is none (offline). */
    RecurringGiftPanel(RecurringGiftView gift, GivingService giving, String cardPage, Runnable refresh) {
        this.gift = gift;
        this.giving = giving;
        this.refresh = refresh;
        addClassName("card");
        getElement().setAttribute("data-recurring", String.valueOf(gift.id()));
        Locale locale = getLocale();
        add(new H3(TimeFormats.money(gift.amount().minorUnits(), gift.amount().currency(), locale) + " "
                + getTranslation("giving.frequency." + gift.frequency().name().toLowerCase(Locale.ROOT)) + " · "
                + getTranslation("giving.designation." + gift.designation().name().toLowerCase(Locale.ROOT))
                + (gift.campaign() == null ? "" : " " + gift.campaign())));
        Span status = new Span(statusText(locale));
        status.addClassName("recurring-status");
        add(status);
        if (gift.paymentFailed() && gift.status() != SubscriptionState.Status.LAPSED) {
            add(paymentFailed(locale, cardPage));
        }
        if (gift.restartable()) {
            Button restart = action("restart", "giving.action.restart", this::restart);
            restart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(restart));
        } else if (gift.status() != SubscriptionState.Status.CANCELLED
                && gift.status() != SubscriptionState.Status.LAPSED) {
            add(actions());
        }
    }

    private Div paymentFailed(Locale locale, String cardPage) {
        Div failed = new Div(new Span(gift.nextRetryOn() == null ? getTranslation("giving.status.failed.last")
                : getTranslation("giving.status.failed", dates(locale).format(gift.nextRetryOn()))));
        failed.setId("payment-failed-" + gift.id());
        failed.addClassName("error-text");
        if (cardPage != null) {
            Anchor card = new Anchor(cardPage, getTranslation("giving.card.failed"));
            card.setId("failed-card-" + gift.id());
            failed.add(new Span(" "), card);
        }
        return failed;
    }

    private static DateTimeFormatter dates(Locale locale) {
        return org.centerformsc.portal.base.ui.TimeFormats.dayFormat(locale);
    }

    private String statusText(Locale locale) {
        DateTimeFormatter date = dates(locale);
        return switch (gift.status()) {
            case ACTIVE -> gift.nextChargeOn() == null ? getTranslation("giving.status.active.undated")
                    : getTranslation("giving.status.active", date.format(gift.nextChargeOn()));
            case PAUSED -> getTranslation("giving.status.paused", date.format(gift.pausedUntil()));
            case CANCELLED -> getTranslation("giving.status.cancelled");
            case LAPSED -> getTranslation("giving.status.lapsed");
        };
    }

    private FlexLayout actions() {
        FlexLayout actions = new FlexLayout(
                action("amount", "giving.action.amount", () -> askAmount()),
                action("date", "giving.action.date", () -> askDate("giving.action.date",
                        SubscriptionChange.ChangeNextChargeDate::new)),
                action("skip", "giving.action.skip", () -> apply(new SubscriptionChange.SkipNext())),
                gift.status() == SubscriptionState.Status.PAUSED
                        ? action("resume", "giving.action.resume", () -> apply(new SubscriptionChange.Resume()))
                        : action("pause", "giving.action.pause", () -> askDate("giving.action.pause",
                        SubscriptionChange.Pause::new)),
                action("cancel", "giving.action.cancel", this::askCancel));
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return actions;
    }

    private Button action(String id, String key, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id + "-" + gift.id());
        return button;
    }

    private void askAmount() {
        BigDecimalField amount = new BigDecimalField(getTranslation("giving.amount"));
        amount.setId("new-amount");
        dialog("giving.action.amount", amount, () -> new SubscriptionChange.ChangeAmount(
                GiftAmounts.toMoney(amount.getValue(), gift.amount().currency())));
    }

    private void askDate(String key, Function<LocalDate, SubscriptionChange> change) {
        DatePicker date = new DatePicker(getTranslation("giving.date"));
        date.setId("new-date");
        dialog(key, date, () -> change.apply(date.getValue()));
    }

    private void askCancel() {
        TextField reason = new TextField(getTranslation("giving.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(500);
        dialog("giving.action.cancel", reason, () -> new SubscriptionChange.Cancel(reason.getValue()));
    }

    private void dialog(String key, com.vaadin.flow.component.Component field,
                        java.util.function.Supplier<SubscriptionChange> change) {
        Dialog dialog = new Dialog();
        dialog.setId("change-dialog");
        dialog.setHeaderTitle(getTranslation(key));
        Span error = new Span();
        error.setId("change-error");
        error.addClassName("error-text");
        Button confirm = new Button(getTranslation("giving.confirm"), click -> {
            try {
                giving.change(gift.id(), change.get());
                dialog.close();
                Notification.show(getTranslation("giving.changed"));
                refresh.run();
            } catch (GiftAmounts.InvalidGift invalid) {
                error.setText(getTranslation(invalid.messageKey()));
            }
        });
        confirm.setId("confirm-change");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field, error);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void restart() {
        try {
            String checkout = giving.restart(gift.id());
            if (checkout != null) {
                getUI().ifPresent(ui -> ui.getPage().setLocation(checkout));
                return;
            }
            Notification.show(getTranslation("giving.restarted"));
        } catch (GiftAmounts.InvalidGift invalid) {
            Notification.show(getTranslation(invalid.messageKey()));
        }
        refresh.run();
    }

    private void apply(SubscriptionChange change) {
        try {
            giving.change(gift.id(), change);
            Notification.show(getTranslation("giving.changed"));
        } catch (GiftAmounts.InvalidGift invalid) {
            Notification.show(getTranslation(invalid.messageKey()));
        }
        refresh.run();
    }
}

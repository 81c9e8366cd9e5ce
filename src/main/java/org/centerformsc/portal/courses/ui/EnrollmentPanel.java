package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.enrollment.Seats;
import org.centerformsc.portal.fees.CheckoutRefused;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.CheckoutView;
import org.centerformsc.portal.fees.PayOutcome;
import org.centerformsc.portal.fees.WithdrawalQuote;
import org.centerformsc.portal.fees.ui.PaidLine;
import org.centerformsc.portal.security.CurrentMember;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The member's place in an offering and what they can do: enroll, join the waitlist, withdraw. */
class EnrollmentPanel extends Section {

    private static final int POLL_MILLIS = 3000;
    private static final int CONFIRMING_POLLS = 40;

    private final OfferingCard card;
    private final EnrollmentService enrollment;
    private final CheckoutService checkouts;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final ZoneId viewer;
    private final Locale locale;
    /** Back from the provider's page (?paid): the webhook may not have come yet, so wait for it instead of Pay. */
    private int confirmingPolls;
    private Registration polling;

    EnrollmentPanel(OfferingCard card, EnrollmentService enrollment, CheckoutService checkouts,
                    CurrentMember currentMember, Clock clock, ZoneId viewer, Locale locale,
                    boolean returningFromPayment) {
        this.confirmingPolls = returningFromPayment ? CONFIRMING_POLLS : 0;
        this.card = card;
        this.enrollment = enrollment;
        this.checkouts = checkouts;
        this.currentMember = currentMember;
        this.clock = clock;
        this.viewer = viewer;
        this.locale = locale;
        setId("enrollment-panel");
        addClassName("card");
        // a panel replaced by a new render of the page stops its polling
        addDetachListener(detach -> stopPolling());
        render();
    }

    private void render() {
        removeAll();
        if (!currentMember.isSignedIn()) {
            Anchor login = new Anchor("courses/" + card.code() + "/enroll", getTranslation("enroll.login"));
            login.setId("login-to-enroll");
            add(login);
            return;
        }
        Instant now = clock.instant();
        Optional<MyEnrollment> mine = enrollment.myEnrollment(card.id());
        Optional<CheckoutView> checkout = mine.filter(place -> place.status() == EnrollmentStatus.HELD)
                .flatMap(place -> checkouts.checkout(card.id()));
        if (checkout.isPresent() && confirmingPolls > 0) {
            Paragraph confirming = new Paragraph(getTranslation("checkout.confirming"));
            confirming.setId("enrollment-status");
            add(confirming);
            pollUntilConfirmed();
        } else if (checkout.isPresent()) {
            stopPolling();
            add(new CheckoutPanel(card, checkout.get(), checkouts, now, viewer, locale, this::paid));
            add(withdrawButton("enroll.release"));
        } else if (mine.isPresent()) {
            stopPolling();
            showPlace(mine.get());
        } else if (!card.isOpenForRegistrationAt(now)) {
            add(new Paragraph(getTranslation(now.isBefore(card.registrationOpensAt())
                    ? "offering.registration.notyet" : "offering.registration.closed")));
        } else {
            Seats seats = enrollment.seats(List.of(card)).get(card.id());
            add(OfferingFacts.seats(this, seats));
            Button enroll = new Button(getTranslation(seats.isFull() ? "enroll.waitlist" : "enroll.action"),
                    click -> act(() -> enrollment.enroll(card.id())));
            enroll.setId("enroll");
            enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enroll.setDisableOnClick(true);
            add(enroll);
        }
    }

    private void showPlace(MyEnrollment mine) {
        Paragraph status = new Paragraph(mine.status() == EnrollmentStatus.ENROLLED
                ? getTranslation("enroll.enrolled")
                : getTranslation("enroll.waitlisted", mine.waitlistPosition()));
        status.setId("enrollment-status");
        add(status);
        if (mine.status() == EnrollmentStatus.ENROLLED) {
            checkouts.myPayments().stream().filter(payment -> payment.offering().equals(card.id())
                    && !payment.refunded()).findFirst().ifPresent(payment -> add(new PaidLine(payment, checkouts,
                    locale)));
        } else if (mine.priceDueMinor() > 0) {
            add(new Paragraph(getTranslation("enroll.due", TimeFormats.money(mine.priceDueMinor(), mine.currency(),
                    locale))));
        }
        add(withdrawButton(mine.status() == EnrollmentStatus.ENROLLED ? "enroll.withdraw" : "enroll.leave"));
    }

    /** Every few seconds for a while, until the provider's confirmation has seated the member. */
    private void pollUntilConfirmed() {
        if (polling != null) {
            return;
        }
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> {
                confirmingPolls--;
                render();
            });
        });
    }

    private void stopPolling() {
        confirmingPolls = 0;
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private Button withdrawButton(String key) {
        Button withdraw = new Button(getTranslation(key), click -> confirmWithdrawal());
        withdraw.setId("withdraw");
        return withdraw;
    }

    /** Settled at once (the demo's offline payments): the seat is theirs, or there was none and the money went back. */
    private void paid(PayOutcome outcome) {
        if (outcome == null) {
            render();
            return;
        }
        Notification notification = Notification.show(getTranslation(outcome.seated() ? "checkout.paid"
                : "checkout.noseat"), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(outcome.seated() ? NotificationVariant.LUMO_SUCCESS
                : NotificationVariant.LUMO_ERROR);
        render();
    }

    private void confirmWithdrawal() {
        String body = getTranslation("enroll.withdraw.body", card.title());
        // what comes back is said before the member confirms, as the refund policy gives it now
        body += checkouts.withdrawalQuote(card.id()).map(quote -> " " + refundText(quote)).orElse("");
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("enroll.withdraw.title"), body,
                getTranslation("enroll.withdraw.confirm"),
                confirmed -> act(() -> enrollment.withdraw(card.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("withdraw-dialog");
        dialog.open();
    }

    private String refundText(WithdrawalQuote quote) {
        String paid = TimeFormats.money(quote.paidMinor(), quote.currency(), locale);
        if (quote.backMinor() == quote.paidMinor()) {
            return getTranslation("enroll.refund.full", paid);
        } else if (quote.backMinor() > 0) {
            return getTranslation("enroll.refund.part", TimeFormats.money(quote.backMinor(), quote.currency(), locale),
                    TimeFormats.money(quote.feeMinor(), quote.currency(), locale));
        } else if (quote.deadline() == null) {
            return getTranslation("enroll.refund.none", paid);
        }
        return getTranslation("enroll.refund.ended", TimeFormats.date(quote.deadline().minusNanos(1), card.zone(),
                locale), paid);
    }

    private void act(Runnable command) {
        try {
            command.run();
        } catch (EnrollmentRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (CheckoutRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        render();
    }
}

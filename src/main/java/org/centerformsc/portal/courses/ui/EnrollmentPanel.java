package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.enrollment.Seats;
import org.centerformsc.portal.security.CurrentMember;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The member's place in an offering and what they can do: enroll, join the waitlist, withdraw. */
class EnrollmentPanel extends Section {

    private final OfferingCard card;
    private final EnrollmentService enrollment;
    private final CurrentMember currentMember;
    private final Instant now;
    private final Locale locale;

    EnrollmentPanel(OfferingCard card, EnrollmentService enrollment, CurrentMember currentMember, Instant now,
                    Locale locale) {
        this.card = card;
        this.enrollment = enrollment;
        this.currentMember = currentMember;
        this.now = now;
        this.locale = locale;
        setId("enrollment-panel");
        addClassName("card");
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
        Optional<MyEnrollment> mine = enrollment.myEnrollment(card.id());
        if (mine.isPresent()) {
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
        if (mine.priceDueMinor() > 0) {
            add(new Paragraph(getTranslation("enroll.due", TimeFormats.money(mine.priceDueMinor(), mine.currency(),
                    locale))));
        }
        Button withdraw = new Button(getTranslation(mine.status() == EnrollmentStatus.ENROLLED
                ? "enroll.withdraw" : "enroll.leave"), click -> confirmWithdrawal());
        withdraw.setId("withdraw");
        add(withdraw);
    }

    private void confirmWithdrawal() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("enroll.withdraw.title"),
                getTranslation("enroll.withdraw.body", card.title()), getTranslation("enroll.withdraw.confirm"),
                confirmed -> act(() -> enrollment.withdraw(card.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("withdraw-dialog");
        dialog.open();
    }

    private void act(Runnable command) {
        try {
            command.run();
        } catch (EnrollmentRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        render();
    }
}

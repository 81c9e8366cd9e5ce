package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.fees.MyScholarship;
import org.centerformsc.portal.fees.ScholarshipRefused;
import org.centerformsc.portal.fees.ScholarshipService;
import org.centerformsc.portal.fees.ScholarshipStatus;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The scholarship fund on a course page: ask with a short reason, then see what staff decided. A grant makes the
 * checkout's price; the seat is taken as usual (docs/decisions/018).
 */
class ScholarshipPanel extends Section {

    static final int MAX_REASON = 1000;

    private final OfferingCard card;
    private final ScholarshipService scholarships;
    private final Locale locale;
    private final ZoneId viewer;
    final TextArea reason = new TextArea();
    final Button send = new Button();

    ScholarshipPanel(OfferingCard card, ScholarshipService scholarships, ZoneId viewer, Locale locale) {
        this.viewer = viewer;
        this.card = card;
        this.scholarships = scholarships;
        this.locale = locale;
        setId("scholarship");
        addClassName("card");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("scholarship.title")));
        Optional<MyScholarship> mine = scholarships.myScholarship(card.id());
        if (mine.isEmpty() || mine.get().status() == ScholarshipStatus.DECLINED) {
            mine.ifPresent(declined -> status(getTranslation("scholarship.declined", declined.declineReason())));
            askForm(mine.isPresent());
        } else if (mine.get().status() == ScholarshipStatus.REQUESTED) {
            status(getTranslation("scholarship.requested", TimeFormats.date(mine.get().requestedAt(), viewer,
                    locale)));
        } else if (mine.get().price() == null) {
            status(getTranslation("scholarship.granted.currency"));
        } else {
            var price = mine.get().price();
            status(getTranslation("scholarship.granted",
                    TimeFormats.money(price.scholarshipMinor(), price.currency(), locale),
                    TimeFormats.money(price.amountMinor(), price.currency(), locale)));
        }
    }

    private void askForm(boolean again) {
        add(new Paragraph(getTranslation(again ? "scholarship.lead.again" : "scholarship.lead")));
        reason.setId("scholarship-reason");
        reason.setLabel(getTranslation("scholarship.reason"));
        reason.setHelperText(getTranslation("scholarship.reason.help"));
        reason.setMaxLength(MAX_REASON);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();
        send.setText(getTranslation("scholarship.ask"));
        send.setId("scholarship-ask");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> ask());
        add(reason, send);
    }

    private void ask() {
        try {
            scholarships.ask(card.id(), reason.getValue());
        } catch (ScholarshipRefused refused) {
            reason.setErrorMessage(getTranslation(refused.messageKey()));
            reason.setInvalid(true);
            return;
        }
        render();
    }

    private void status(String text) {
        Paragraph status = new Paragraph(text);
        status.setId("scholarship-status");
        add(status);
    }
}

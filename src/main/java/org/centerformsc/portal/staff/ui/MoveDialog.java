package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.enrollment.SeatHolder;
import org.centerformsc.portal.enrollment.SeatService;
import org.centerformsc.portal.enrollment.Seats;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Staff move a member to another upcoming offering of the same program. Each choice says whether it has a free
 * seat or the member would join its waitlist; refusals show at the choice.
 */
class MoveDialog extends Dialog {

    final ComboBox<OfferingCard> target = new ComboBox<>();
    final Button move = new Button();
    private final SeatService seats;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final Clock clock;
    private final BiConsumer<OfferingCard, MyEnrollment> moved;
    private Map<OfferingId, Seats> counts = Map.of();
    private OfferingCard from;
    private SeatHolder holder;
    private ZoneId zone;

    MoveDialog(SeatService seats, CatalogService catalog, EnrollmentService enrollment, Clock clock,
               BiConsumer<OfferingCard, MyEnrollment> moved) {
        this.seats = seats;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.clock = clock;
        this.moved = moved;
        setId("move-dialog");
        target.setId("move-target");
        target.setRequiredIndicatorVisible(true);
        target.setItemLabelGenerator(this::label);
        target.setWidth("30rem");
        target.setMaxWidth("100%");
        target.addValueChangeListener(change -> target.setInvalid(false));
        add(target);
        move.setText(getTranslation("seats.move.action"));
        move.setId("move-submit");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(click -> submit());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, move);
    }

    /** Offers the program's other upcoming offerings, with their seats counted in one query. */
    void open(OfferingCard from, SeatHolder holder, ZoneId zone) {
        this.from = from;
        this.holder = holder;
        this.zone = zone;
        setHeaderTitle(getTranslation("seats.move.title", holder.name()));
        List<OfferingCard> others = catalog.upcomingOfferingsOf(from.programCode(), clock.instant()).stream()
                .map(OfferingDetails::card).filter(card -> !card.id().equals(from.id())).toList();
        counts = enrollment.seats(others);
        target.setLabel(getTranslation("seats.move.to"));
        target.setItems(others);
        target.clear();
        target.setInvalid(false);
        target.setHelperText(others.isEmpty() ? getTranslation("seats.move.none") : null);
        move.setEnabled(!others.isEmpty());
        open();
    }

    private void submit() {
        OfferingCard chosen = target.getValue();
        if (chosen == null) {
            refuse("seats.move.notarget");
            return;
        }
        try {
            MyEnrollment place = seats.move(holder.member(), from.id(), chosen.id());
            close();
            moved.accept(chosen, place);
        } catch (EnrollmentRefused refused) {
            refuse(refused.messageKey());
        }
    }

    private void refuse(String messageKey) {
        target.setErrorMessage(getTranslation(messageKey));
        target.setInvalid(true);
    }

    /** "LOMSC-2027-02 · Feb 3, 2027 · 4 seats free" */
    private String label(OfferingCard card) {
        Seats seats = counts.getOrDefault(card.id(), new Seats(card.capacity(), 0, 0));
        String room = seats.capacity() == null ? getTranslation("seats.move.unlimited")
                : seats.isFull() ? getTranslation("seats.move.full", seats.waitlisted())
                : getTranslation("seats.move.free", seats.left());
        return card.code() + " · " + TimeFormats.date(card.firstSessionStart(), zone, getLocale()) + " · " + room;
    }
}

package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.SeatHolder;

/**
 * The buttons of one row of a seats page: up and down for the waitlist, move and remove. On a phone they show
 * only their icons; their names stay as accessible labels and tooltips.
 */
class SeatActions extends HorizontalLayout {

    /** What the buttons ask the seats page to do. */
    interface Commands {
        void moveInLine(SeatHolder holder, int position);

        void move(SeatHolder holder);

        void remove(SeatHolder holder);
    }

    SeatActions(SeatHolder holder, long lineLength, boolean narrow, Commands commands) {
        setSpacing(false);
        long id = holder.member().value();
        if (holder.status() == EnrollmentStatus.WAITLISTED) {
            int position = holder.waitlistPosition();
            Button up = button("up-" + id, VaadinIcon.ARROW_UP, getTranslation("seats.up"),
                    getTranslation("seats.up.label", holder.name()), true,
                    click -> commands.moveInLine(holder, position - 1));
            up.setEnabled(position > 1);
            Button down = button("down-" + id, VaadinIcon.ARROW_DOWN, getTranslation("seats.down"),
                    getTranslation("seats.down.label", holder.name()), true,
                    click -> commands.moveInLine(holder, position + 1));
            down.setEnabled(position < lineLength);
            add(up, down);
        }
        add(button("move-" + id, VaadinIcon.EXCHANGE, getTranslation("seats.move"),
                getTranslation("seats.move.label", holder.name()), narrow, click -> commands.move(holder)));
        Button remove = button("remove-" + id, VaadinIcon.CLOSE_SMALL, getTranslation("seats.remove"),
                getTranslation("seats.remove.label", holder.name()), narrow, click -> commands.remove(holder));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(remove);
    }

    private static Button button(String id, VaadinIcon icon, String name, String label, boolean iconOnly,
                                 ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(iconOnly ? null : name, click);
        if (iconOnly) {
            button.setIcon(icon.create());
            button.setTooltipText(name);
            button.addThemeVariants(ButtonVariant.LUMO_ICON);
        }
        button.setAriaLabel(label);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}

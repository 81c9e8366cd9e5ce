package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import org.centerformsc.portal.notifications.NotificationKind;
import org.centerformsc.portal.notifications.NotificationService;

import java.util.Map;

/**
 * Which notifications come by e-mail, per kind; every one still shows under the bell. Receipts and cancellations are
 * always sent, and say so (docs/decisions/020).
 */
class EmailChoicesSection extends Section {

    EmailChoicesSection(NotificationService notifications) {
        setId("email-choices");
        add(new H2(getTranslation("profile.notifications")),
                new Paragraph(getTranslation("profile.notifications.help")));
        Map<NotificationKind, Boolean> choices = notifications.myEmailChoices();
        Div boxes = new Div();
        for (NotificationKind kind : NotificationKind.values()) {
            String label = getTranslation("notify.kind." + kind.key());
            Checkbox box = new Checkbox(kind.required()
                    ? label + " (" + getTranslation("profile.notifications.required") + ")" : label);
            box.setId("email-" + kind.key());
            box.setValue(choices.getOrDefault(kind, true));
            box.setReadOnly(kind.required());
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    notifications.chooseEmail(kind, change.getValue());
                    Notification.show(getTranslation("profile.notifications.saved"));
                }
            });
            boxes.add(new Div(box));
        }
        add(boxes);
    }
}

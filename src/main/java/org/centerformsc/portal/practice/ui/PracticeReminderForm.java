package org.centerformsc.portal.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.practice.PracticeInputRefused;
import org.centerformsc.portal.practice.PracticeReminderService;
import org.centerformsc.portal.practice.PracticeReminderSetting;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The daily practice reminder, off until the member turns it on: a local time in their chosen zone (shown under the
 * time; UTC while they have chosen none), which it keeps when they choose another zone in their profile.
 */
class PracticeReminderForm extends Section {

    final Checkbox on = new Checkbox();
    final TimePicker time = new TimePicker();
    private final PracticeReminderService reminders;

    PracticeReminderForm(PracticeReminderService reminders) {
        this.reminders = reminders;
        setId("practice-reminder");
        on.setLabel(getTranslation("practice.reminder.on"));
        on.setId("practice-reminder-on");
        time.setLabel(getTranslation("practice.reminder.time"));
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(getLocale());
        time.setId("practice-reminder-time");
        Button save = new Button(getTranslation("practice.reminder.save"), click -> save());
        save.setId("save-practice-reminder");
        FlexLayout fields = new FlexLayout(on, time, save);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.addClassName("practice-form");
        add(new H2(getTranslation("practice.reminder.title")), new Paragraph(getTranslation("practice.reminder.help")),
                fields);
        show(reminders.myReminder());
    }

    private void save() {
        try {
            PracticeReminderSetting saved = reminders.remindMe(on.getValue(), time.getValue());
            show(saved);
            Notification.show(saved.on() ? getTranslation("practice.reminder.saved",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(saved.at()))
                    : getTranslation("practice.reminder.off"));
        } catch (PracticeInputRefused refused) {
            time.setErrorMessage(getTranslation(refused.messageKey()));
            time.setInvalid(true);
        }
    }

    private void show(PracticeReminderSetting setting) {
        on.setValue(setting.on());
        time.setValue(setting.at());
        time.setInvalid(false);
        time.setHelperText(TimeFormats.zoneLabel(setting.zone(), getLocale()));
    }
}

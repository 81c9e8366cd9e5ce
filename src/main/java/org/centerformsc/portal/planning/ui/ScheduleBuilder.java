package org.centerformsc.portal.planning.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.Schedule;
import org.centerformsc.portal.catalog.ScheduleRefused;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One session, weekly, daily or a custom list, typed in the event's zone, with a preview of every session in that
 * zone and in the viewer's, and a mark on those that fall on a daylight-saving change.
 */
class ScheduleBuilder extends Div {

    enum Kind { ONCE, WEEKLY, DAILY, CUSTOM }

    final Select<Kind> kind = new Select<>();
    final DatePicker first = new DatePicker();
    final Select<DayOfWeek> weekday = new Select<>();
    final IntegerField weeks = new IntegerField();
    final DatePicker last = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextArea custom = new TextArea();
    final Span problem = new Span();
    final UnorderedList preview = new UnorderedList();
    private final Supplier<ZoneId> eventZone;
    private ZoneId viewerZone;

    ScheduleBuilder(Supplier<ZoneId> eventZone, ZoneId viewerZone) {
        this.eventZone = eventZone;
        this.viewerZone = viewerZone;
        setId("schedule-builder");
        Locale locale = getLocale();
        kind.setLabel(getTranslation("planning.schedule.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("planning.schedule." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(Kind.WEEKLY);
        kind.setId("schedule-kind");
        first.setLabel(getTranslation("planning.schedule.first"));
        first.setId("schedule-first");
        weekday.setLabel(getTranslation("planning.schedule.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, locale));
        weekday.setId("schedule-weekday");
        weeks.setLabel(getTranslation("planning.schedule.weeks"));
        weeks.setMin(1);
        weeks.setMax(Schedule.MAX_WEEKS);
        weeks.setStepButtonsVisible(true);
        weeks.setId("schedule-weeks");
        last.setLabel(getTranslation("planning.schedule.last"));
        last.setId("schedule-last");
        start.setLabel(getTranslation("planning.schedule.start"));
        start.setId("schedule-start");
        end.setLabel(getTranslation("planning.schedule.end"));
        end.setId("schedule-end");
        custom.setLabel(getTranslation("planning.schedule.custom"));
        custom.setHelperText(getTranslation("planning.schedule.custom.help"));
        custom.setId("schedule-custom");
        custom.setWidthFull();
        custom.setMaxWidth("32rem");
        problem.addClassName("error-text");
        problem.setId("schedule-problem");
        preview.setId("schedule-preview");
        FlexLayout fields = new FlexLayout(kind, first, weekday, weeks, last, start, end);
        fields.addClassName("catalog-filters");
        add(fields, custom, problem, preview);
        kind.addValueChangeListener(change -> refresh());
        first.addValueChangeListener(change -> refresh());
        weekday.addValueChangeListener(change -> refresh());
        weeks.addValueChangeListener(change -> refresh());
        last.addValueChangeListener(change -> refresh());
        start.addValueChangeListener(change -> refresh());
        end.addValueChangeListener(change -> refresh());
        custom.addValueChangeListener(change -> refresh());
        showFields();
    }

    /** The schedule as typed; a custom line that is not "2027-03-02 09:00-11:00" is refused naming its line. */
    Schedule schedule() {
        return switch (kind.getValue()) {
            case ONCE -> new Schedule.Once(first.getValue(), start.getValue(), end.getValue());
            case WEEKLY -> new Schedule.Weekly(first.getValue(), weekday.getValue(),
                    weeks.getValue() == null ? 0 : weeks.getValue(), start.getValue(), end.getValue());
            case DAILY -> new Schedule.Daily(first.getValue(), last.getValue(), start.getValue(), end.getValue());
            case CUSTOM -> new Schedule.Custom(parse(custom.getValue()));
        };
    }

    /** Shows a saved schedule: as a custom list, since saved sessions are a list. */
    void show(Schedule schedule) {
        kind.setValue(Kind.CUSTOM);
        custom.setValue(schedule.localSessions().stream().map(s -> s.day() + " " + s.start() + "-" + s.end())
                .collect(Collectors.joining("\n")));
    }

    void refused(ScheduleRefused refused) {
        problem.setText(getTranslation(refused.messageKey())
                + (refused.session() >= 0 ? " " + getTranslation("planning.schedule.session", refused.session() + 1)
                : ""));
    }

    /** The zone the person planning sees times in (their chosen one, else their browser's), once it is known. */
    void viewerZone(ZoneId zone) {
        this.viewerZone = zone;
        refresh();
    }

    /** Re-plans on every change: the preview, or the reason there is none. */
    void refresh() {
        showFields();
        preview.removeAll();
        problem.setText("");
        if (kind.getValue() == Kind.WEEKLY && first.getValue() != null && weekday.getValue() == null) {
            weekday.setValue(first.getValue().getDayOfWeek());
        }
        ZoneId zone = eventZone.get();
        if (zone == null || incomplete()) {
            return;
        }
        try {
            for (Schedule.PlannedSession session : schedule().plan(zone)) {
                preview.add(line(session, zone));
            }
        } catch (ScheduleRefused refused) {
            refused(refused);
        }
    }

    private ListItem line(Schedule.PlannedSession session, ZoneId zone) {
        Locale locale = getLocale();
        String text = TimeFormats.sessionRange(session.startsAt(), session.endsAt(), zone, locale);
        if (!zone.equals(viewerZone)) {
            text += " · " + getTranslation("planning.schedule.yours",
                    TimeFormats.sessionRange(session.startsAt(), session.endsAt(), viewerZone, locale));
        }
        ListItem item = new ListItem(text);
        if (session.daylightSavingChange()) {
            Span flag = new Span(getTranslation("planning.schedule.dst"));
            flag.addClassName("eligibility-badge");
            item.add(new Span(" "), flag);
            item.addClassName("dst-change");
        }
        return item;
    }

    private boolean incomplete() {
        return kind.getValue() == Kind.CUSTOM ? custom.getValue().isBlank()
                : first.getValue() == null || start.getValue() == null || end.getValue() == null;
    }

    private void showFields() {
        Kind chosen = kind.getValue();
        first.setVisible(chosen != Kind.CUSTOM);
        start.setVisible(chosen != Kind.CUSTOM);
        end.setVisible(chosen != Kind.CUSTOM);
        weekday.setVisible(chosen == Kind.WEEKLY);
        weeks.setVisible(chosen == Kind.WEEKLY);
        last.setVisible(chosen == Kind.DAILY);
        custom.setVisible(chosen == Kind.CUSTOM);
    }

    private static List<Schedule.LocalSession> parse(String text) {
        List<Schedule.LocalSession> sessions = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                String[] parts = line.split("\\s+");
                String[] hours = parts[1].split("-");
                sessions.add(new Schedule.LocalSession(LocalDate.parse(parts[0]), LocalTime.parse(hours[0]),
                        LocalTime.parse(hours[1])));
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException notALine) {
                throw new ScheduleRefused("sessions", i, "planning.schedule.badline");
            }
        }
        return sessions;
    }
}

package org.centerformsc.portal.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.practice.PracticeInputRefused;
import org.centerformsc.portal.practice.PracticeReminderService;
import org.centerformsc.portal.practice.PracticeService;
import org.centerformsc.portal.practice.PracticeSummary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;

/**
 * The practice log: one line to log today's practice, the streak, a month of days at a glance, and the daily
 * reminder the member may turn on.
 */
@Route("practice")
@PermitAll
@Menu(order = 4, title = "nav.practice", icon = "vaadin:calendar-clock")
class PracticeView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> PRACTICES = List.of("Affectionate Breathing", "Loving-Kindness Meditation",
            "Self-Compassion Break", "Soothing Touch", "Compassionate Body Scan", "Giving and Receiving Compassion",
            "Compassionate Walking", "Other");

    final DatePicker day = new DatePicker();
    final IntegerField minutes = new IntegerField();
    final ComboBox<String> practice = new ComboBox<>();
    final TextField note = new TextField();
    private final PracticeService practiceLog;
    private final Div summary = new Div();
    private YearMonth month;

    PracticeView(PracticeService practiceLog, PracticeReminderService reminders, Clock clock) {
        this.practiceLog = practiceLog;
        setId("practice-view");
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        month = YearMonth.from(today);
        add(new ViewHeader(getTranslation("nav.practice"), getTranslation("practice.lead")), form(today), summary,
                new PracticeReminderForm(reminders));
        showSummary();
    }

    private FlexLayout form(LocalDate today) {
        day.setLabel(getTranslation("practice.day"));
        day.setValue(today);
        day.setId("practice-day");
        minutes.setLabel(getTranslation("practice.minutes"));
        minutes.setMin(1);
        minutes.setMax(PracticeService.MAX_MINUTES);
        minutes.setValue(20);
        minutes.setStepButtonsVisible(true);
        minutes.setId("practice-minutes");
        practice.setLabel(getTranslation("practice.practice"));
        practice.setItems(PRACTICES);
        // the log keeps the practice's English name; each reader sees it in their language
        practice.setItemLabelGenerator(this::practiceName);
        practice.setValue(PRACTICES.get(0));
        practice.setAllowCustomValue(true);
        practice.addCustomValueSetListener(custom -> practice.setValue(custom.getDetail()));
        practice.setId("practice-kind");
        note.setLabel(getTranslation("practice.note"));
        note.setMaxLength(500);
        note.setId("practice-note");
        Button log = new Button(getTranslation("practice.log"), click -> log());
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setId("log-practice");
        FlexLayout form = new FlexLayout(day, minutes, practice, note, log);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.addClassName("practice-form");
        return form;
    }

    private void log() {
        try {
            practiceLog.log(day.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(), practice.getValue(),
                    note.getValue());
            Notification.show(getTranslation("practice.logged"));
            note.clear();
            month = YearMonth.from(day.getValue());
            showSummary();
        } catch (PracticeInputRefused refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
    }

    private void showSummary() {
        PracticeSummary mine = practiceLog.mySummary(month);
        summary.removeAll();
        Paragraph streak = new Paragraph(getTranslation("practice.streak", mine.streak()));
        streak.setId("practice-streak");
        streak.addClassName("countdown");
        Paragraph window = new Paragraph(getTranslation("practice.window", mine.daysInWindow(), mine.requiredDays(),
                mine.windowDays()));
        window.setId("practice-window");
        Button previous = new Button(getTranslation("practice.previous"), click -> {
            month = month.minusMonths(1);
            showSummary();
        });
        Button next = new Button(getTranslation("practice.next"), click -> {
            month = month.plusMonths(1);
            showSummary();
        });
        previous.setId("previous-month");
        next.setId("next-month");
        summary.add(streak, window, new H2(getTranslation("practice.month") + ": "
                + month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + month.getYear()),
                new Div(previous, next), monthGrid(mine), entries(mine));
    }

    private Div monthGrid(PracticeSummary mine) {
        Div grid = new Div();
        grid.setId("practice-month");
        grid.addClassName("month-grid");
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Span name = new Span(weekday.getDisplayName(TextStyle.SHORT, getLocale()));
            name.addClassName("weekday");
            grid.add(name);
        }
        int blanks = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < blanks; i++) {
            grid.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Span cell = new Span(String.valueOf(d));
            cell.addClassName("day");
            if (mine.practicedDays().contains(date)) {
                cell.addClassName("practiced");
                cell.getElement().setAttribute("aria-label", date + " ✓");
            }
            grid.add(cell);
        }
        return grid;
    }

    private Div entries(PracticeSummary mine) {
        UnorderedList list = new UnorderedList();
        list.setId("practice-entries");
        mine.entries().forEach(entry -> list.add(new ListItem(getTranslation("practice.entry",
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(getLocale()).format(entry.day()), entry.minutes(), practiceName(entry.practice()))
                + (entry.note() == null ? "" : " · " + entry.note()))));
        return mine.entries().isEmpty() ? new Div(new Paragraph(getTranslation("practice.none"))) : new Div(list);
    }

    /** One of the listed practices in the reader's language; a practice the member named stays as they wrote it. */
    private String practiceName(String practice) {
        int index = PRACTICES.indexOf(practice);
        return index < 0 ? practice : getTranslation("practice.name." + index);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.practice") + " | " + getTranslation("app.title");
    }
}

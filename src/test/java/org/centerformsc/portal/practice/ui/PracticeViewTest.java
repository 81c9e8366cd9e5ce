package org.centerformsc.portal.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class PracticeViewTest extends KaribuTest {

    @Test
    void loggingTodayStartsAStreakAndMarksTheDay() {
        signInAs("practice-1", "Priya Practice");
        UI.getCurrent().navigate(PracticeView.class);
        assertThat(text("practice-streak")).isEqualTo("No streak yet");

        _click(_get(Button.class, spec -> spec.withId("log-practice")));

        expectNotifications("Practice logged. Thank you for taking this time for yourself.");
        assertThat(text("practice-streak")).isEqualTo("1 day in a row");
        assertThat(text("practice-window")).startsWith("Practice on 1 of the last 30 days");
        LocalDate today = Instant.now().atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(_find(Span.class, spec -> spec.withClasses("practiced"))).singleElement()
                .satisfies(day -> assertThat(day.getText()).isEqualTo(String.valueOf(today.getDayOfMonth())));
    }

    @Test
    void consecutiveDaysMakeAStreakAndBadInputIsRefused() {
        signInAs("practice-2", "Sam Streak");
        UI.getCurrent().navigate(PracticeView.class);
        PracticeView view = _get(PracticeView.class);
        LocalDate today = Instant.now().atZone(ZoneOffset.UTC).toLocalDate();
        for (int back = 2; back >= 0; back--) {
            _setValue(view.day, today.minusDays(back));
            _click(_get(Button.class, spec -> spec.withId("log-practice")));
        }
        assertThat(text("practice-streak")).isEqualTo("3 days in a row");

        _setValue(view.minutes, 0);
        _click(_get(Button.class, spec -> spec.withId("log-practice")));
        expectNotifications("Practice logged. Thank you for taking this time for yourself.",
                "Practice logged. Thank you for taking this time for yourself.",
                "Practice logged. Thank you for taking this time for yourself.",
                "Minutes must be between 1 and 600.");
        assertThat(text("practice-streak")).isEqualTo("3 days in a row");
    }

    @Test
    void theReminderIsTurnedOnAtATimeAndStaysOnAfterAReload() {
        signInAs("practice-3", "Rita Reminded");
        UI.getCurrent().navigate(PracticeView.class);
        PracticeReminderForm reminder = _get(PracticeReminderForm.class);
        assertThat(reminder.on.getValue()).isFalse();
        assertThat(reminder.time.getHelperText()).isEqualTo("Coordinated Universal Time (UTC)");

        _setValue(reminder.on, true);
        _setValue(reminder.time, LocalTime.of(7, 30));
        _click(_get(Button.class, spec -> spec.withId("save-practice-reminder")));

        expectNotifications("Your practice reminder is set for 7:30 AM every day.");
        restartUi();
        UI.getCurrent().navigate(PracticeView.class);
        PracticeReminderForm reloaded = _get(PracticeReminderForm.class);
        assertThat(reloaded.on.getValue()).isTrue();
        assertThat(reloaded.time.getValue()).isEqualTo(LocalTime.of(7, 30));

        _setValue(reloaded.on, false);
        _click(_get(Button.class, spec -> spec.withId("save-practice-reminder")));
        expectNotifications("Your practice reminder is off.");
        assertThat(reloaded.time.getValue()).isNull();
    }

    @Test
    void onWithoutATimeIsRefusedAtTheTimeField() {
        signInAs("practice-4", "Tom Timeless");
        UI.getCurrent().navigate(PracticeView.class);
        PracticeReminderForm reminder = _get(PracticeReminderForm.class);

        _setValue(reminder.on, true);
        _click(_get(Button.class, spec -> spec.withId("save-practice-reminder")));

        assertThat(reminder.time.isInvalid()).isTrue();
        assertThat(reminder.time.getErrorMessage()).isEqualTo("Choose the time of day for your reminder.");
        expectNotifications();
        restartUi();
        UI.getCurrent().navigate(PracticeView.class);
        assertThat(_get(PracticeReminderForm.class).on.getValue()).isFalse();
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}

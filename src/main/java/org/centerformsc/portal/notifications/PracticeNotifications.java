package org.centerformsc.portal.notifications;

import org.centerformsc.portal.practice.PracticeRemindersDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The daily practice reminder a member asked for, written in the reminder run's transaction; one a day in the
 * member's own days, however many runs or nodes see it due.
 */
@Component
class PracticeNotifications {

    private final Outbox outbox;

    PracticeNotifications(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(PracticeRemindersDue due) {
        outbox.recordAll(due.reminders().stream().map(reminder -> Notice.of(reminder.member(),
                NotificationKind.PRACTICE_REMINDER, List.of(), "practice",
                "practice-reminder-" + reminder.member().value() + "-" + reminder.day())).toList());
    }
}

package org.centerformsc.portal.notifications;

import org.centerformsc.portal.practice.PracticeReminderDue;
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
    void on(PracticeReminderDue due) {
        outbox.record(Notice.of(due.member(), NotificationKind.PRACTICE_REMINDER, List.of(), "practice",
                "practice-reminder-" + due.member().value() + "-" + due.day()));
    }
}

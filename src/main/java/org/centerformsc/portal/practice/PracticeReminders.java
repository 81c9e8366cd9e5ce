package org.centerformsc.portal.practice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centerformsc.portal.member.TimeZoneChosen;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends the daily practice reminders whose moment has come, every minute on one node, a batch at a time so that a
 * crowd of members never loads at once; and keeps a member's reminder in step with the zone they choose.
 */
@Component
class PracticeReminders {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeReminders.class);
    static final int BATCH = 1_000;

    private final PracticeReminderService reminders;
    private final Clock clock;

    PracticeReminders(PracticeReminderService reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.practice.reminders-first-after:PT30S}",
            fixedDelayString = "${portal.practice.reminders-every:PT1M}")
    @SchedulerLock(name = "practice-reminders", lockAtMostFor = "PT10M")
    void run() {
        int due = remindDue(clock.instant());
        if (due > 0) {
            LOG.info("{} practice reminders came due", due);
        }
    }

    /** Every reminder due at {@code asOf}, batch after batch; how many were due (sent, or moved on as too late). */
    int remindDue(Instant asOf) {
        return SystemAuthentication.asSystem(() -> {
            int done = 0;
            int batch;
            do {
                batch = reminders.remindDue(asOf, BATCH);
                done += batch;
            } while (batch == BATCH);
            return done;
        });
    }

    @EventListener
    void on(TimeZoneChosen chosen) {
        SystemAuthentication.asSystem(() -> {
            reminders.followZone(chosen.member(), chosen.zone());
            return null;
        });
    }
}

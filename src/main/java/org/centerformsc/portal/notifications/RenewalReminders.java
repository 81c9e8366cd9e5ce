package org.centerformsc.portal.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centerformsc.portal.security.SystemAuthentication;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.RenewalDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Certified teachers are reminded of their renewal {@link #DAYS_BEFORE} days before it is due, once a day. The day
 * is the portal's (its clock's, UTC): the pathway computes due days and "today" on that same day, so "in 7 days"
 * agrees with what My training shows as due; a teacher far from UTC may hear of it a few hours earlier or later
 * in their own evening or morning, never twice (the key holds the teacher, the due day and the days before).
 */
@Component
class RenewalReminders {

    private static final Logger LOG = LoggerFactory.getLogger(RenewalReminders.class);
    static final List<Integer> DAYS_BEFORE = List.of(60, 30, 7);

    private final Outbox outbox;
    private final PathwayService pathway;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RenewalReminders(Outbox outbox, PathwayService pathway, Clock clock, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.pathway = pathway;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** After the nightly standings (02:20 UTC), so that the stored due days are today's. */
    @Scheduled(cron = "${portal.notifications.renewals-due-cron:0 0 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "notify-renewals-due", lockAtMostFor = "PT30M")
    void remind() {
        int told = remind(LocalDate.now(clock));
        if (told > 0) {
            LOG.info("Reminded {} teachers of their certification renewal", told);
        }
    }

    /** Records a reminder for every teacher whose renewal is due {@link #DAYS_BEFORE} days after {@code today}. */
    int remind(LocalDate today) {
        return transaction.execute(status -> {
            List<RenewalDue> due = SystemAuthentication.asSystem(
                    () -> pathway.renewalsDueOn(DAYS_BEFORE.stream().map(today::plusDays).toList()));
            outbox.recordAll(due.stream().map(renewal -> {
                long daysBefore = ChronoUnit.DAYS.between(today, renewal.dueOn());
                return Notice.of(renewal.teacher(), NotificationKind.RENEWAL_DUE,
                        List.of(Notifications.day(renewal.dueOn()), String.valueOf(daysBefore)),
                        DecisionNotifications.MY_TRAINING, "renewal-" + renewal.teacher().value() + "-"
                                + renewal.dueOn() + "-" + daysBefore);
            }).toList());
            return due.size();
        });
    }
}

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
 * Certified teachers are reminded of their renewal {@link #DAYS_BEFORE} days before it is due. The day is the
 * portal's (its clock's, UTC): the pathway computes due days and "today" on that same day, so "in 7 days" agrees
 * with what My training shows; a teacher far from UTC hears of it some hours earlier or later in their own day.
 * The job looks every hour and records each reminder once: the key holds the teacher, the due day and the lead
 * (60, 30 or 7). A reminder a run missed (the portal was down that day) is made up within {@link #CATCH_UP} days,
 * saying how many days are left then.
 */
@Component
class RenewalReminders {

    private static final Logger LOG = LoggerFactory.getLogger(RenewalReminders.class);
    static final List<Integer> DAYS_BEFORE = List.of(60, 30, 7);
    static final int CATCH_UP = 2;

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

    @Scheduled(initialDelayString = "${portal.notifications.first-send-after:PT20S}",
            fixedDelayString = "${portal.notifications.renewals-due-every:PT1H}")
    @SchedulerLock(name = "notify-renewals-due", lockAtMostFor = "PT30M")
    void remind() {
        int due = remind(LocalDate.now(clock));
        // every run of the day finds the same teachers; the outbox keeps one reminder each
        LOG.debug("{} renewals are due {} days from today", due, DAYS_BEFORE);
    }

    /**
     * Records a reminder for every teacher whose renewal is due {@link #DAYS_BEFORE} days after {@code today} (or up
     * to {@link #CATCH_UP} days fewer, for a run that was missed); how many it found (those already reminded
     * included).
     */
    int remind(LocalDate today) {
        return transaction.execute(status -> {
            List<LocalDate> days = DAYS_BEFORE.stream().flatMap(lead -> java.util.stream.IntStream
                    .rangeClosed(lead - CATCH_UP, lead).mapToObj(today::plusDays)).toList();
            List<RenewalDue> due = SystemAuthentication.asSystem(() -> pathway.renewalsDueOn(days));
            outbox.recordAll(due.stream().map(renewal -> {
                long daysBefore = ChronoUnit.DAYS.between(today, renewal.dueOn());
                int lead = DAYS_BEFORE.stream().filter(candidate -> candidate >= daysBefore).reduce((a, b) -> b)
                        .orElseThrow();
                return Notice.of(renewal.teacher(), NotificationKind.RENEWAL_DUE,
                        List.of(Notifications.day(renewal.dueOn()), String.valueOf(daysBefore)),
                        DecisionNotifications.MY_TRAINING, "renewal-" + renewal.teacher().value() + "-"
                                + renewal.dueOn() + "-" + lead);
            }).toList());
            return due.size();
        });
    }
}

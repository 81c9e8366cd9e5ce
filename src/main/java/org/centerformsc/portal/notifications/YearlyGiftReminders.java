package org.centerformsc.portal.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.UpcomingCharge;
import org.centerformsc.portal.security.SystemAuthentication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A week before a yearly gift is charged, its donor is reminded (the amount and the day), so that they can change,
 * pause or cancel it first. Hourly, on one node at a time; the gift and its charge day make the reminder one, however
 * often the job runs, and a reminder a missed run left out is made up within {@link #CATCH_UP} days. Days are the
 * giving feature's: UTC.
 */
@Component
class YearlyGiftReminders {

    static final int DAYS_BEFORE = 7;
    static final int CATCH_UP = 2;

    private final GivingService giving;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transaction;

    YearlyGiftReminders(GivingService giving, Outbox outbox, Clock clock, PlatformTransactionManager transactions) {
        this.giving = giving;
        this.outbox = outbox;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    // hourly, not once a day: a day whose run the portal missed (down, restarting) is made up within the hour;
    // the dedup key keeps each reminder one
    @Scheduled(initialDelayString = "${portal.notifications.first-send-after:PT20S}",
            fixedDelayString = "${portal.notifications.yearly-gifts-due-every:PT1H}")
    @SchedulerLock(name = "notifications-yearly-gift-due", lockAtMostFor = "PT30M")
    void run() {
        remind(clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * Records the reminders of the gifts charged {@link #DAYS_BEFORE} days after {@code today} (or up to
     * {@link #CATCH_UP} days fewer, for a run that was missed); how many are due, those already told included.
     */
    int remind(LocalDate today) {
        LocalDate chargeOn = today.plusDays(DAYS_BEFORE);
        return transaction.execute(status -> {
            List<UpcomingCharge> due = SystemAuthentication.asSystem(() -> giving.yearlyChargesBetween(chargeOn.minusDays(CATCH_UP), chargeOn));
            due.forEach(charge -> outbox.record(Notice.of(charge.member(), NotificationKind.YEARLY_GIFT_DUE,
                    List.of(GivingNotifications.money(charge.amount()), Notifications.day(charge.chargeOn())),
                    GivingNotifications.LINK, "yearly-gift-due-" + charge.recurringGiftId() + "-"
                            + charge.chargeOn())));
            return due.size();
        });
    }
}

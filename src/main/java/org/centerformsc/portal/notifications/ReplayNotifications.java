package org.centerformsc.portal.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centerformsc.portal.replay.ReplayPublished;
import org.centerformsc.portal.replay.ReplayService;
import org.centerformsc.portal.replay.WatchWindow;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Members who may watch a replay are told when staff publish it (in that transaction, until when they may watch),
 * and again when their window closes within {@link #ENDING_WITHIN}: once per replay, member and end, however
 * often the reminder runs and on however many nodes.
 */
@Component
class ReplayNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayNotifications.class);
    static final Duration ENDING_WITHIN = Duration.ofDays(2);

    private final Outbox outbox;
    private final ReplayService replays;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReplayNotifications(Outbox outbox, ReplayService replays, Clock clock, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.replays = replays;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(ReplayPublished published) {
        List<WatchWindow> open = SystemAuthentication.asSystem(() -> replays.openWindows(published.replay()));
        outbox.recordAll(open.stream().map(window -> Notice.of(window.member(), NotificationKind.REPLAY_AVAILABLE,
                List.of(window.title(), Notifications.instant(window.until())), link(window),
                "replay-available-" + window.replay().value() + "-" + window.member().value())).toList());
    }

    @Scheduled(initialDelayString = "${portal.notifications.first-send-after:PT20S}",
            fixedDelayString = "${portal.notifications.replays-ending-every:PT1H}")
    @SchedulerLock(name = "notify-replays-ending", lockAtMostFor = "PT30M")
    void remindEnding() {
        int ending = remindEnding(clock.instant());
        // a window is found by every run of its last two days; the outbox keeps one reminder
        LOG.debug("{} windows to watch a replay close within {}", ending, ENDING_WITHIN);
    }

    /**
     * Records a reminder for every window that ends in ({@code now}, {@code now} + 2 days]; how many it found (those
     * already told included).
     */
    int remindEnding(Instant now) {
        return transaction.execute(status -> {
            List<WatchWindow> ending = SystemAuthentication.asSystem(
                    () -> replays.windowsEnding(now, now.plus(ENDING_WITHIN)));
            outbox.recordAll(ending.stream().map(window -> Notice.of(window.member(), NotificationKind.REPLAY_ENDING,
                    List.of(window.title(), Notifications.instant(window.until())), link(window),
                    "replay-ending-" + window.replay().value() + "-" + window.member().value() + "-"
                            + window.until().toEpochMilli())).toList());
            return ending.size();
        });
    }

    private static String link(WatchWindow window) {
        return "replays/" + window.replay().value();
    }
}

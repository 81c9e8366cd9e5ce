package org.centerformsc.portal.giving.offline;

import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;

/** What a real provider does by itself: charge recurring gifts when they are due. Offline gateway only. */
@Component
@ConditionalOnProperty(name = "portal.payments.provider", havingValue = "offline", matchIfMissing = true)
class OfflineCharges {

    private static final Logger log = LoggerFactory.getLogger(OfflineCharges.class);

    private final GivingService giving;
    private final Clock clock;

    OfflineCharges(GivingService giving, Clock clock) {
        this.giving = giving;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${portal.payments.offline.charge-every:PT1H}")
    @SchedulerLock(name = "giving-offline-charges")
    void chargeDueGifts() {
        int charged = SystemAuthentication.asSystem(() -> giving.recordDueCharges(
                clock.instant().atZone(ZoneOffset.UTC).toLocalDate()));
        if (charged > 0) {
            log.info("Offline gateway charged {} recurring gifts (demo: no money moved)", charged);
        }
    }
}

package org.centerformsc.portal.catalog;

import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes runs after their last session, every hour. One idempotent statement: two nodes running it at once
 * complete the same runs once, so it needs no lock across nodes.
 */
@Component
class OfferingCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(OfferingCompletion.class);

    private final OfferingPlanningService planning;

    OfferingCompletion(OfferingPlanningService planning) {
        this.planning = planning;
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${portal.catalog.complete-every:PT1H}")
    @SchedulerLock(name = "catalog-complete-runs")
    void completeEnded() {
        int completed = SystemAuthentication.asSystem(planning::completeEnded);
        if (completed > 0) {
            LOG.info("Completed {} offerings whose last session has ended", completed);
        }
    }
}

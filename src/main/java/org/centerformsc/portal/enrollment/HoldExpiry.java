package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Gives held seats whose payment did not come back to the line, every minute (docs/decisions/016). */
@Component
class HoldExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(HoldExpiry.class);

    private final EnrollmentService enrollment;

    HoldExpiry(EnrollmentService enrollment) {
        this.enrollment = enrollment;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${portal.enrollment.expire-holds-every:PT1M}")
    @SchedulerLock(name = "enrollment-expire-holds")
    void releaseExpiredHolds() {
        int released = SystemAuthentication.asSystem(enrollment::releaseExpiredHolds);
        if (released > 0) {
            LOG.info("Released {} held seats whose payment did not arrive in time", released);
        }
    }
}

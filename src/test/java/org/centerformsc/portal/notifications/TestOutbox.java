package org.centerformsc.portal.notifications;

import org.centerformsc.portal.security.SystemAuthentication;
import org.springframework.context.ApplicationContext;

/** Lets a test of another feature deliver the outbox now, as the scheduled sender would at its next turn. */
public final class TestOutbox {

    private TestOutbox() {
    }

    /** Sends every notification that is due; how many e-mails went out. */
    public static int deliver(ApplicationContext context) {
        return SystemAuthentication.asSystem(() -> context.getBean(NotificationSender.class).sendDue());
    }
}

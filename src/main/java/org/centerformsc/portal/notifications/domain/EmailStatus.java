package org.centerformsc.portal.notifications.domain;

/**
 * Where a notification's e-mail stands. SENDING is claimed by the sender; a claim that outlived a crash becomes
 * UNCERTAIN and is never sent again (at most once). SKIPPED: no e-mail wanted, no address or no mail server.
 */
public enum EmailStatus {
    PENDING, SENDING, SENT, FAILED, SKIPPED, UNCERTAIN
}

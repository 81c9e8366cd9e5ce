package org.centerformsc.portal.notifications;

/** Conventions shared by those who record notifications and the mail that reads them. */
final class Notifications {

    /** An argument that is a moment, shown in the reader's zone and language: {@code instant:2027-02-02T17:00:00Z}. */
    static final String INSTANT = "instant:";

    private Notifications() {
    }

    static String instant(java.time.Instant at) {
        return INSTANT + at;
    }
}

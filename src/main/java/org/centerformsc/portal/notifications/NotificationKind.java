package org.centerformsc.portal.notifications;

/**
 * What a notification is about. Members turn e-mail off per kind, except the few that must be sent
 * ({@code required}): receipts and cancellations.
 */
public enum NotificationKind {
    ENROLLMENT_CONFIRMED(false),
    WAITLISTED(false),
    PROMOTED(false),
    WITHDRAWN(false),
    OFFERING_CHANGED(false),
    OFFERING_CANCELLED(true),
    SESSION_REMINDER(false),
    GIFT_RECEIPT(true);

    private final boolean required;

    NotificationKind(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /**
     * The key of the body text for these arguments: a seat moved up from a paid course's line comes with the time
     * to pay (a second argument), a free one without.
     */
    public String bodyKey(int arguments) {
        return "notify." + key() + ".body" + (this == PROMOTED && arguments > 1 ? ".pay" : "");
    }

    /** The kind's name in translation keys: {@code notify.withdrawn.subject}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.centerformsc.portal.enrollment;

/**
 * Enrollment was refused for a reason the member can act on. The message key is translated by the view; the
 * arguments fill its placeholders.
 */
public class EnrollmentRefused extends RuntimeException {

    private final String messageKey;

    public EnrollmentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

package org.centerformsc.portal.joining;

/** Welcome answers the portal will not store, with a message key the view translates. */
public class WelcomeRefused extends RuntimeException {

    public WelcomeRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

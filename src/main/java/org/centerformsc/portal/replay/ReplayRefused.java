package org.centerformsc.portal.replay;

/** A replay staff entered that cannot be published; the message key names the problem for the view. */
public class ReplayRefused extends RuntimeException {

    public ReplayRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

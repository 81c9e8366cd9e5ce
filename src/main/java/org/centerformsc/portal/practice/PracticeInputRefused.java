package org.centerformsc.portal.practice;

/** A practice entry the portal will not store, with a message key the view translates. */
public class PracticeInputRefused extends RuntimeException {

    public PracticeInputRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

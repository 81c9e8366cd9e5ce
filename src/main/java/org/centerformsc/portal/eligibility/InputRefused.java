package org.centerformsc.portal.eligibility;

/** Input the portal will not store (a claim, a practice entry, a decision), with a message key the view translates. */
public class InputRefused extends RuntimeException {

    public InputRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

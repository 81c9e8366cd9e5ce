package org.centerformsc.portal.completion;

/** A claim or a staff decision the portal will not store, with a message key the view translates. */
public class CompletionInputRefused extends RuntimeException {

    public CompletionInputRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

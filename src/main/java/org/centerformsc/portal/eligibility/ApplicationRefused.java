package org.centerformsc.portal.eligibility;

/** A decision on an application the portal will not store, with a message key the view translates. */
public class ApplicationRefused extends RuntimeException {

    public ApplicationRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}

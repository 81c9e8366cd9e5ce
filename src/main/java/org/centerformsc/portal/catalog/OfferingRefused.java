package org.centerformsc.portal.catalog;

/** A change to an offering the portal will not make: which field (or "status"), and a message key saying why. */
public class OfferingRefused extends RuntimeException {

    private final String field;

    public OfferingRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}

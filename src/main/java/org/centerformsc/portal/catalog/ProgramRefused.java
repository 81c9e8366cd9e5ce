package org.centerformsc.portal.catalog;

/** A program form value the service will not store (or an offering of an archived program): the field and why. */
public class ProgramRefused extends RuntimeException {

    private final String field;

    public ProgramRefused(String field, String messageKey) {
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

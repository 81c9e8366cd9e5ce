package org.centerformsc.portal.fees;

/** A scholarship request or decision the portal does not take; the key is a translation, the field where it shows. */
public class ScholarshipRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ScholarshipRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

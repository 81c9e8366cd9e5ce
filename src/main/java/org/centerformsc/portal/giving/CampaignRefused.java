package org.centerformsc.portal.giving;

/** A campaign form value the service will not store: which field, and a message key saying why. */
public class CampaignRefused extends RuntimeException {

    private final String field;

    public CampaignRefused(String field, String messageKey) {
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

package org.centerformsc.portal.fees;

/** A checkout the portal cannot start; the key is a translation the member reads. */
public class CheckoutRefused extends RuntimeException {

    private final String messageKey;

    public CheckoutRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

package org.centerformsc.portal.records;

/** An action on a member's behalf was refused for a reason staff can act on; the view translates the key. */
public class MemberActionRefused extends RuntimeException {

    private final String messageKey;

    public MemberActionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

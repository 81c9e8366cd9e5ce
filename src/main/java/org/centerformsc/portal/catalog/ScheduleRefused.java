package org.centerformsc.portal.catalog;

/**
 * A schedule that cannot be: which field ({@code sessions}, {@code from}, {@code weeks}, {@code to}), which session
 * when it is about one (0-based, else -1), and a message key saying why.
 */
public class ScheduleRefused extends RuntimeException {

    private final String field;
    private final int session;

    public ScheduleRefused(String field, int session, String messageKey) {
        super(messageKey);
        this.field = field;
        this.session = session;
    }

    public String field() {
        return field;
    }

    public int session() {
        return session;
    }

    public String messageKey() {
        return getMessage();
    }
}

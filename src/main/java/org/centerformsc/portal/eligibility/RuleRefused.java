package org.centerformsc.portal.eligibility;

import java.util.List;

/**
 * A rule staff built that cannot be saved: the wrong part (the positions of its conditions from the top, each
 * counted from 0; none: the top itself), which of that part's fields, and a message key with its parameters.
 * {@link RuleWording#refusal} puts it in words, e.g. "ALL OF › 2nd condition: choose a program."
 */
public class RuleRefused extends RuntimeException {

    /** The field of the wrong part that the message is about. */
    public enum Field { CONDITION, CONDITIONS, PROGRAM, MONTHS, DAYS, WINDOW }

    private final List<Integer> path;
    private final Field field;
    private final String messageKey;
    private final transient List<Object> params;

    public RuleRefused(List<Integer> path, Field field, String messageKey, Object... params) {
        super(messageKey + " at " + path);
        this.path = List.copyOf(path);
        this.field = field;
        this.messageKey = messageKey;
        this.params = List.of(params);
    }

    public List<Integer> path() {
        return path;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.toArray();
    }
}

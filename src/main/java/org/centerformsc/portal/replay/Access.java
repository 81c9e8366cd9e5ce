package org.centerformsc.portal.replay;

import java.time.Instant;

/**
 * A member's access to one replay, computed at each request, never stored: watchable until an instant (or
 * always, for staff), expired at an instant, or not available. {@code extendable}: a gift to the replay's
 * campaign would open (or reopen) it.
 */
public record Access(State state, Instant until, boolean extendable) {

    public enum State { ALWAYS, WATCHABLE, EXPIRED, NOT_AVAILABLE }

    public boolean canWatch() {
        return state == State.ALWAYS || state == State.WATCHABLE;
    }
}

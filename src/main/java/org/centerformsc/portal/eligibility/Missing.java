package org.centerformsc.portal.eligibility;

import java.time.LocalDate;
import java.util.List;

/** What a member still lacks for a program, as the engine found it; the UI turns it into plain language. */
public sealed interface Missing {

    /** Complete {@code program}, at the latest on {@code deadline} (the last day that is early enough). */
    record Completion(String program, int monthsBefore, LocalDate deadline) implements Missing {
    }

    /** One of several alternatives. */
    record OneOf(List<Missing> alternatives) implements Missing {
    }

    /** Practice logged on {@code requiredDays} of the last {@code windowDays} days; {@code loggedDays} so far. */
    record Practice(int requiredDays, int windowDays, int loggedDays) implements Missing {
    }

    /** An application for this offering, approved by staff. */
    record Application() implements Missing {
    }
}

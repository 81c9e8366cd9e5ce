package org.centerformsc.portal.replay.domain;

import org.centerformsc.portal.replay.Access;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The access rules, alone and pure: the union (latest end) of every window that applies. A window starts when its
 * reason exists (the event, the gift) and ends {@code days} later; a gift window lasts one calendar year.
 */
public final class ReplayAccessRules {

    /** What the rules look at: null/empty when a reason does not apply. */
    public record Facts(boolean staff, Instant enrolledOfferingEnd, int offeringSessions,
                        List<Instant> qualifyingGifts, boolean hasCampaign) {
    }

    private final int registrantDays;
    private final int courseDays;

    public ReplayAccessRules(int registrantDays, int courseDays) {
        this.registrantDays = registrantDays;
        this.courseDays = courseDays;
    }

    public Access decide(Facts facts, Instant now) {
        if (facts.staff()) {
            return new Access(Access.State.ALWAYS, null, false);
        }
        Optional<Instant> until = latest(registrationWindow(facts), facts.qualifyingGifts().stream()
                .map(gift -> gift.atZone(ZoneOffset.UTC).plusYears(1).toInstant()).max(Instant::compareTo));
        if (until.isEmpty()) {
            return new Access(Access.State.NOT_AVAILABLE, null, facts.hasCampaign());
        }
        return until.get().isAfter(now) ? new Access(Access.State.WATCHABLE, until.get(), facts.hasCampaign())
                : new Access(Access.State.EXPIRED, until.get(), facts.hasCampaign());
    }

    private Optional<Instant> registrationWindow(Facts facts) {
        if (facts.enrolledOfferingEnd() == null) {
            return Optional.empty();
        }
        int days = facts.offeringSessions() <= 1 ? registrantDays : courseDays;
        return Optional.of(facts.enrolledOfferingEnd().plus(Duration.ofDays(days)));
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }
}

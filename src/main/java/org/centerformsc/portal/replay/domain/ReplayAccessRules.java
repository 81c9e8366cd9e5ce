package org.centerformsc.portal.replay.domain;

import org.centerformsc.portal.replay.Access;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The access rules, alone and pure: the union (latest end) of every window that applies. A window starts when its
 * reason exists (the event, the gift) and ends {@code days} later; a qualifying gift opens one calendar year.
 * See docs/decisions/007.
 */
public final class ReplayAccessRules {

    /** A gift to the replay's campaign, as giving reports it. */
    public record CampaignGift(long minorUnits, String currency, Instant givenAt) {
    }

    /** What the rules look at: null/empty when a reason does not apply. */
    public record Facts(boolean staff, Instant enrolledOfferingEnd, int offeringSessions,
                        List<CampaignGift> campaignGifts, boolean hasCampaign) {
    }

    private final int registrantDays;
    private final int courseDays;
    private final long giftMinor;

    public ReplayAccessRules(int registrantDays, int courseDays, long giftMinor) {
        this.registrantDays = registrantDays;
        this.courseDays = courseDays;
        this.giftMinor = giftMinor;
    }

    /** Gifts below this many minor units never qualify, so callers need not ask for them. */
    public long giftMinimumMinor() {
        return giftMinor;
    }

    /**
     * "$15 or more": the minimum in minor units of any currency with cents (USD, EUR, GBP, CAD, AUD); a currency
     * without cents (JPY) would make 15 yen count, so it does not qualify until the rule names its own amount.
     */
    public boolean qualifies(CampaignGift gift) {
        return gift.minorUnits() >= giftMinor
                && Currency.getInstance(gift.currency()).getDefaultFractionDigits() == 2;
    }

    /** The currencies {@link #qualifies} accepts, for queries that pick qualifying gifts in the database. */
    public static Set<String> currenciesWithCents() {
        return Currency.getAvailableCurrencies().stream().filter(c -> c.getDefaultFractionDigits() == 2)
                .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    }

    public Access decide(Facts facts, Instant now) {
        if (facts.staff()) {
            return new Access(Access.State.ALWAYS, null, false);
        }
        Optional<Instant> until = latest(registrationWindow(facts), facts.campaignGifts().stream()
                .filter(this::qualifies)
                .map(gift -> gift.givenAt().atZone(ZoneOffset.UTC).plusYears(1).toInstant()).max(Instant::compareTo));
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

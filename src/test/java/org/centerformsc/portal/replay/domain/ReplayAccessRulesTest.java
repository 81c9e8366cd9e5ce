package org.centerformsc.portal.replay.domain;

import org.centerformsc.portal.replay.Access;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The access rules as a table: who, what they did, when they look, and what they get. */
class ReplayAccessRulesTest {

    private static final ReplayAccessRules RULES = new ReplayAccessRules(7, 30, 1500);
    // International Women's Day 2026 ended at 11 am PT = 19:00 UTC
    private static final Instant EVENT_END = Instant.parse("2026-03-07T19:00:00Z");
    private static final Instant COURSE_END = Instant.parse("2026-06-23T18:00:00Z");
    private static final Instant GIFT = Instant.parse("2026-03-08T18:00:00Z");

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("registrant during the free week", facts(EVENT_END, 1, List.of()), "2026-03-10T00:00:00Z",
                        Access.State.WATCHABLE, "2026-03-14T19:00:00Z"),
                Arguments.of("registrant at the last instant", facts(EVENT_END, 1, List.of()), "2026-03-14T18:59:59Z",
                        Access.State.WATCHABLE, "2026-03-14T19:00:00Z"),
                Arguments.of("registrant exactly at the end", facts(EVENT_END, 1, List.of()), "2026-03-14T19:00:00Z",
                        Access.State.EXPIRED, "2026-03-14T19:00:00Z"),
                Arguments.of("course participant: end + 30 days", facts(COURSE_END, 12, List.of()), "2026-07-01T00:00:00Z",
                        Access.State.WATCHABLE, "2026-07-23T18:00:00Z"),
                Arguments.of("gift: one year from the gift", facts(null, 0, List.of(GIFT)), "2026-12-01T00:00:00Z",
                        Access.State.WATCHABLE, "2027-03-08T18:00:00Z"),
                Arguments.of("gift on Feb 29 ends on Feb 28", facts(null, 0, List.of(Instant.parse("2028-02-29T12:00:00Z"))),
                        "2028-06-01T00:00:00Z", Access.State.WATCHABLE, "2029-02-28T12:00:00Z"),
                Arguments.of("registrant and gift overlap: the later end wins", facts(EVENT_END, 1, List.of(GIFT)),
                        "2026-03-10T00:00:00Z", Access.State.WATCHABLE, "2027-03-08T18:00:00Z"),
                Arguments.of("two gifts: the later counts", facts(null, 0, List.of(GIFT, Instant.parse("2026-09-01T00:00:00Z"))),
                        "2027-04-01T00:00:00Z", Access.State.WATCHABLE, "2027-09-01T00:00:00Z"),
                Arguments.of("gift year over", facts(null, 0, List.of(GIFT)), "2027-03-08T18:00:00Z",
                        Access.State.EXPIRED, "2027-03-08T18:00:00Z"),
                Arguments.of("neither registered nor given", facts(null, 0, List.of()), "2026-03-10T00:00:00Z",
                        Access.State.NOT_AVAILABLE, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String name, ReplayAccessRules.Facts facts, String now, Access.State state, String until) {
        Access access = RULES.decide(facts, Instant.parse(now));

        assertThat(access.state()).isEqualTo(state);
        assertThat(access.until()).isEqualTo(until == null ? null : Instant.parse(until));
        assertThat(access.extendable()).isTrue();
    }

    @ParameterizedTest(name = "staff, whatever else: {0}")
    @MethodSource("table")
    void staffAlwaysWatch(String name, ReplayAccessRules.Facts facts, String now, Access.State ignored, String until) {
        ReplayAccessRules.Facts staff = new ReplayAccessRules.Facts(true, facts.enrolledOfferingEnd(),
                facts.offeringSessions(), facts.campaignGifts(), facts.hasCampaign());
        assertThat(RULES.decide(staff, Instant.parse(now)).state()).isEqualTo(Access.State.ALWAYS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gifts")
    void aGiftQualifiesFromFifteenInACurrencyWithCents(String name, long minor, String currency, boolean opens) {
        ReplayAccessRules.Facts facts = new ReplayAccessRules.Facts(false, null, 0,
                List.of(new ReplayAccessRules.CampaignGift(minor, currency, GIFT)), true);

        assertThat(RULES.decide(facts, GIFT.plusSeconds(60)).state())
                .isEqualTo(opens ? Access.State.WATCHABLE : Access.State.NOT_AVAILABLE);
    }

    static Stream<Arguments> gifts() {
        return Stream.of(
                Arguments.of("$15.00", 1500, "USD", true),
                Arguments.of("$14.99", 1499, "USD", false),
                Arguments.of("EUR 20", 2000, "EUR", true),
                Arguments.of("GBP 15", 1500, "GBP", true),
                Arguments.of("1,500 yen has no cents and is not $15", 1500, "JPY", false));
    }

    private static ReplayAccessRules.Facts facts(Instant end, int sessions, List<Instant> gifts) {
        return new ReplayAccessRules.Facts(false, end, sessions,
                gifts.stream().map(at -> new ReplayAccessRules.CampaignGift(2500, "USD", at)).toList(), true);
    }
}

package org.centerformsc.portal.notifications;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.replay.NewReplay;
import org.centerformsc.portal.replay.ReplayCard;
import org.centerformsc.portal.replay.ReplayId;
import org.centerformsc.portal.replay.ReplayService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may watch a replay hears when staff publish it, until when they may watch (the same end their replay list
 * shows), and again in the last two days of their window: once, however often the reminder runs.
 */
@IntegrationTest
class ReplayNotificationsTest {

    /** A one-session event that ends 16 days from now: its registrants watch until a week after. */
    private static final Instant EVENT_START = Instant.now().plus(Duration.ofDays(16)).truncatedTo(ChronoUnit.HOURS);

    @Autowired
    ReplayNotifications notifications;

    @Autowired
    ReplayService replays;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void publishingTellsEveryoneWhoMayWatchUntilWhenInTheirLanguageAndNobodyElse() throws Exception {
        String campaign = TestCampaigns.fresh(campaigns, "R");
        OfferingId event = event();
        OAuth2AuthenticationToken ada = enrolled(TestLogins.signedUp(members, "Ada Watcher"), event);
        OAuth2AuthenticationToken greta = enrolled(Inbox.german(members, "Greta Zuschauerin"), event);
        OAuth2AuthenticationToken dora = TestLogins.signedUp(members, "Dora Donor");
        Instant given = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        give(dora, 1500, campaign, given);
        OAuth2AuthenticationToken tim = TestLogins.signedUp(members, "Tim Tiny");
        give(tim, 1499, campaign, given);
        OAuth2AuthenticationToken sid = TestLogins.signedUp(members, "Sid Stranger");
        String title = "Replay " + UUID.randomUUID().toString().substring(0, 6);

        ReplayId replay = publish(title, event, campaign);

        Instant eventUntil = EVENT_START.plus(Duration.ofHours(2)).plus(Duration.ofDays(7));
        Instant giftUntil = given.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
        assertThat(until(ada, replay)).isEqualTo(eventUntil);
        assertThat(until(dora, replay)).isEqualTo(giftUntil);
        assertThat(told(ada, "REPLAY_AVAILABLE")).containsExactly(Notifications.instant(eventUntil));
        assertThat(told(dora, "REPLAY_AVAILABLE")).containsExactly(Notifications.instant(giftUntil));
        assertThat(told(tim, "REPLAY_AVAILABLE")).isEmpty();
        assertThat(told(sid, "REPLAY_AVAILABLE")).isEmpty();
        TestOutbox.deliver(context);

        assertThat(Inbox.only(ada, "Replay ready: " + title))
                .contains("The replay of " + title + " is ready to watch until "
                        + TimeFormats.moment(eventUntil, ZoneOffset.UTC, Locale.ENGLISH) + ".")
                .contains("/replays/" + replay.value());
        assertThat(Inbox.only(greta, "Aufzeichnung verfügbar: " + title))
                .contains("Die Aufzeichnung von " + title + " ist bereit und kann bis "
                        + TimeFormats.moment(eventUntil, ZoneId.of("Europe/Berlin"), Locale.GERMAN)
                        + " angesehen werden.");
    }

    @Test
    void theLastTwoDaysOfAWindowAreToldOnceAndNotADayEarlier() throws Exception {
        OfferingId event = event();
        OAuth2AuthenticationToken greta = enrolled(Inbox.german(members, "Greta Spät"), event);
        String title = "Closing " + UUID.randomUUID().toString().substring(0, 6);
        ReplayId replay = publish(title, event, null);
        Instant until = until(greta, replay);

        notifications.remindEnding(until.minus(Duration.ofDays(3)));
        assertThat(told(greta, "REPLAY_ENDING")).isEmpty();

        notifications.remindEnding(until.minus(Duration.ofDays(2)));
        notifications.remindEnding(until.minus(Duration.ofHours(3)));
        assertThat(told(greta, "REPLAY_ENDING")).containsExactly(Notifications.instant(until));
        TestOutbox.deliver(context);

        assertThat(Inbox.only(greta, "Nur noch wenige Tage zum Ansehen: " + title))
                .contains("Sie können die Aufzeichnung von " + title + " noch bis "
                        + TimeFormats.moment(until, ZoneId.of("Europe/Berlin"), Locale.GERMAN) + " ansehen.")
                .contains("/replays/" + replay.value());
    }

    @Test
    void aWindowThatAnotherOneOutlastsIsNotClosingButADonorsYearIs() {
        String campaign = TestCampaigns.fresh(campaigns, "R");
        OfferingId event = event();
        Instant eventUntil = EVENT_START.plus(Duration.ofHours(2)).plus(Duration.ofDays(7));
        OAuth2AuthenticationToken kept = enrolled(TestLogins.signedUp(members, "Kim Kept"), event);
        give(kept, 2000, campaign, Instant.now());
        OAuth2AuthenticationToken closing = enrolled(TestLogins.signedUp(members, "Cal Closing"), event);
        // a year of watching for this gift ends the same hour as the event's week
        Instant given = eventUntil.atZone(ZoneOffset.UTC).minusYears(1).plusHours(1).toInstant();
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Dee Donor");
        give(donor, 1500, campaign, given);
        ReplayId replay = publish("Outlasted " + UUID.randomUUID().toString().substring(0, 6), event, campaign);

        notifications.remindEnding(eventUntil.minus(Duration.ofDays(1)));

        assertThat(told(kept, "REPLAY_ENDING")).isEmpty();
        assertThat(told(closing, "REPLAY_ENDING")).containsExactly(Notifications.instant(eventUntil));
        assertThat(told(donor, "REPLAY_ENDING")).containsExactly(Notifications.instant(until(donor, replay)));
    }

    private OfferingId event() {
        return TestOffering.offering().firstSessionAt(EVENT_START).create(catalog);
    }

    private OAuth2AuthenticationToken enrolled(OAuth2AuthenticationToken member, OfferingId event) {
        TestLogins.as(member, () -> enrollment.enroll(event));
        return member;
    }

    private void give(OAuth2AuthenticationToken member, long minor, String campaign, Instant at) {
        MemberId id = TestLogins.as(member, members::currentMemberId);
        TestLogins.asStaff(() -> {
            giving.recordManualGift(id, new Money(minor, "USD"), campaign, at);
            return null;
        });
    }

    private ReplayId publish(String title, OfferingId event, String campaign) {
        return TestLogins.asStaff(() -> replays.publish(new NewReplay(event, campaign, title, Instant.now(), 3600,
                "https://videos.example.org/" + UUID.randomUUID(), null, "video/mp4", "", List.of(), List.of())));
    }

    /** Until when the member may watch, as their replay list shows it. */
    private Instant until(OAuth2AuthenticationToken member, ReplayId replay) {
        return TestLogins.as(member, replays::myReplays).stream().filter(card -> card.id().equals(replay))
                .map(ReplayCard::access).findFirst().orElseThrow().until();
    }

    /** The end moments the member was told of, in the order they were recorded. */
    private List<String> told(OAuth2AuthenticationToken member, String kind) {
        return jdbc.queryForList("SELECT JSON_VALUE(params, '$[1]') FROM notification WHERE member_id = ? AND kind = ?"
                + " ORDER BY id", String.class, TestLogins.as(member, members::currentMemberId).value(), kind);
    }
}

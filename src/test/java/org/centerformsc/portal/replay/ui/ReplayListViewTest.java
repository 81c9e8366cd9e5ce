package org.centerformsc.portal.replay.ui;

import org.centerformsc.portal.TestLogins;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.replay.NewReplay;
import org.centerformsc.portal.replay.ReplayId;
import org.centerformsc.portal.replay.ReplayService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReplayListViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    ReplayService replays;

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @Test
    void aRegistrantWatchesFreeUntilAWeekAfterTheEventAndSeesWhenItEndsSoon() {
        Instant start = Instant.now().plus(Duration.ofMinutes(30));
        OfferingId event = TestOffering.offering().firstSessionAt(start).create(catalog);
        ReplayId replay = publish(event, "Registrant replay", TestCampaigns.fresh(campaigns, "CAMP"));
        signInAs("replay-registrant", "Rita Registrant");
        enrollment.enroll(event);
        UI.getCurrent().navigate(ReplayListView.class);

        String text = entry(replay).getElement().getTextRecursively();
        // the event ends 2.5 hours from now, so the free week ends in 7 days: not "soon" yet
        assertThat(text).contains("Watch free until");
    }

    @Test
    void someoneWhoNeitherRegisteredNorGaveIsToldHowToGetAccess() {
        OfferingId event = TestOffering.offering().create(catalog);
        ReplayId replay = publish(event, "Closed replay", TestCampaigns.fresh(campaigns, "CAMP"));
        signInAs("replay-stranger", "Stella Stranger");
        UI.getCurrent().navigate(ReplayListView.class);

        assertThat(entry(replay).getElement().getTextRecursively()).contains("Not available to you.")
                .contains("Give $15 or more to this event's campaign for one year of access.").contains("Give now");
    }

    @Test
    void aGiftThatIsAlmostAYearOldExpiresSoon() {
        String campaign = TestCampaigns.fresh(campaigns, "CAMP");
        OfferingId event = TestOffering.offering().create(catalog);
        ReplayId replay = publish(event, "Gift replay", campaign);
        signInAs("replay-giver", "Gil Giver");
        var me = members.currentMemberId();
        TestLogins.asStaff(() -> {
            giving.recordManualGift(me, new Money(2500, "EUR"), campaign,
                    Instant.now().minus(Duration.ofDays(364)));
            return null;
        });
        UI.getCurrent().navigate(ReplayListView.class);

        assertThat(entry(replay).getElement().getTextRecursively()).contains("Expires in");
    }

    @Test
    void thePlayerResumesWhereTheMemberStopped() {
        String campaign = TestCampaigns.fresh(campaigns, "CAMP");
        OfferingId event = TestOffering.offering().create(catalog);
        ReplayId replay = publish(event, "Resume replay", campaign);
        signInAs("replay-resume", "Rae Resume");
        var me = members.currentMemberId();
        TestLogins.asStaff(() -> {
            giving.recordManualGift(me, new Money(1500, "USD"), campaign, Instant.now());
            return null;
        });
        UI.getCurrent().navigate(ReplayView.class, new RouteParameters("id", String.valueOf(replay.value())));
        _get(ReplayView.class).savePosition(42);

        // another device: a new UI for the same member
        signInAs("replay-resume", "Rae Resume");
        UI.getCurrent().navigate(ReplayListView.class);
        assertThat(entry(replay).getElement().getTextRecursively()).contains("7% watched");
        assertThat(replays.player(replay).card().positionSeconds()).isEqualTo(42);
        assertThat(replays.continueWatching()).extracting(card -> card.id()).contains(replay);
    }

    @Test
    void thePlayerOfALockedReplayShowsNoMedia() {
        OfferingId event = TestOffering.offering().create(catalog);
        ReplayId replay = publish(event, "Locked replay", TestCampaigns.fresh(campaigns, "CAMP"));
        signInAs("replay-locked", "Lou Locked");
        UI.getCurrent().navigate(ReplayView.class, new RouteParameters("id", String.valueOf(replay.value())));

        assertThat(_get(ReplayView.class).getElement().getTextRecursively()).contains("You cannot watch this replay now.");
        assertThat(_find(Div.class, spec -> spec.withClasses("video-frame"))).isEmpty();
    }

    private ReplayId publish(OfferingId event, String title, String campaign) {
        return TestLogins.asStaff(() -> replays.publish(new NewReplay(event, campaign, title, Instant.now(),
                600, null, replays.store(new ByteArrayInputStream(new byte[]{1, 2, 3}), "webm"), "video/webm", "",
                List.of(), List.of())));
    }

    private static Div entry(ReplayId replay) {
        return _find(Div.class).stream()
                .filter(div -> String.valueOf(replay.value()).equals(div.getElement().getAttribute("data-replay")))
                .findFirst().orElseThrow();
    }
}

package org.centerformsc.portal;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.replay.NewReplay;
import org.centerformsc.portal.replay.ReplayId;
import org.centerformsc.portal.replay.ReplayService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A member with a history of every kind a page reads, for the tests that keep a page's statement budget: courses
 * past and to come, waitlist places, replays watched part way (one of their course, one of a campaign they gave
 * to). Statement counts depend on the kinds of facts, not on their number, so a dozen of each stands for forty.
 */
public final class HeavyMember {

    public static final int COURSES = 8;
    public static final int WAITLISTED = 3;

    private HeavyMember() {
    }

    /** Fills in the signed-in member's history; returns the titles of the courses they hold a seat in. */
    public static List<String> build(String subject, CatalogService catalog, EnrollmentService enrollment,
                                     ReplayService replays, GivingService giving, CampaignService campaigns,
                                     MemberService members, Runnable signInAsTheMember, Runnable signInAsAnother) {
        List<String> titles = new ArrayList<>();
        List<OfferingId> seated = new ArrayList<>();
        for (int i = 0; i < COURSES; i++) {
            String title = "Heavy course " + subject + " " + i;
            seated.add(TestOffering.offering().title(title).weeklySessions(3)
                    .firstSessionAt(Instant.now().plus(Duration.ofDays(2L + i))).create(catalog));
            titles.add(title);
        }
        List<OfferingId> full = new ArrayList<>();
        for (int i = 0; i < WAITLISTED; i++) {
            full.add(TestOffering.offering().title("Full course " + subject + " " + i).capacity(1).create(catalog));
        }
        signInAsAnother.run();
        full.forEach(enrollment::enroll);
        signInAsTheMember.run();
        seated.forEach(enrollment::enroll);
        full.forEach(enrollment::enroll);

        String campaign = TestCampaigns.fresh(campaigns, "HEAVY");
        ReplayId ofCourse = TestLogins.asStaff(() -> replays.publish(new NewReplay(seated.get(0), null,
                "Course replay " + subject, Instant.now(), 600, "https://video.example.org/course", null, null, "",
                List.of(), List.of())));
        ReplayId ofCampaign = TestLogins.asStaff(() -> replays.publish(new NewReplay(null, campaign,
                "Campaign replay " + subject, Instant.now(), 600, "https://video.example.org/campaign", null, null,
                "", List.of(), List.of())));
        var me = members.currentMemberId();
        TestLogins.asStaff(() -> {
            giving.recordManualGift(me, new Money(5000, "USD"), campaign, Instant.now());
            return null;
        });
        replays.savePosition(ofCourse, 120);
        replays.savePosition(ofCampaign, 300);
        return titles;
    }
}

package org.centerformsc.portal.journeys;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.eligibility.StaffEnrollmentService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

/** Staff find the participant by e-mail among the members and open their page, which lists their enrollments. */
class MemberRecordsJourneyTest extends JourneyTest {

    private static final String PARTICIPANT_MAIL = "participant@demo.centerformsc.invalid";

    /** After every session other journeys expect on the participant's dashboard, so it never comes next there. */
    private static final Instant LATER = Instant.parse("2028-03-07T17:00:00Z");

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    StaffEnrollmentService staffEnrollment;

    @Test
    void staffFindTheParticipantByEmailAndSeeTheirEnrollments() {
        // a course of its own, so the journey does not depend on what other journeys enrolled the participant in
        String title = "Members Journey Course " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().program("MEMBERS-JOURNEY").title(title).capacity(10)
                .firstSessionAt(LATER)
                .create(catalog);
        TestLogins.asStaff(() -> {
            MemberId participant = members.findByEmail(PARTICIPANT_MAIL).orElseThrow().id();
            return staffEnrollment.enroll(offering, participant);
        });

        signInAt("/staff/members", "staff");
        waitForText(By.id("members-hint"), "Type the start of a name");
        type(By.id("members-search"), "PARTICIPANT@demo");
        waitForText(By.id("members-count"), "Members found: 1");
        Browser.screenshot(driver, "members-search");
        click(By.linkText("Alex Morgan"));

        waitForText(By.id("view-title"), "Alex Morgan");
        waitForText(By.id("records-facts"), PARTICIPANT_MAIL);
        waitForText(By.id("records-places"), title);
        waitForText(By.id("records-places"), "Enrolled");
        Browser.screenshot(driver, "member-page");
    }
}

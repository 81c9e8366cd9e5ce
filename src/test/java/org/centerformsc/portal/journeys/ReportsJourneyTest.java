package org.centerformsc.portal.journeys;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.eligibility.StaffEnrollmentService;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff open the reports: Chart.js, served from its Maven artifact, draws the enrollments of this year in the
 * browser, and the same figures are in the table below the chart.
 */
class ReportsJourneyTest extends JourneyTest {

    /** After every session other journeys expect on the participant's dashboard, so it never comes next there. */
    private static final Instant LATER = Instant.parse("2028-03-07T17:00:00Z");

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    StaffEnrollmentService staffEnrollment;

    @Test
    void staffSeeTheEnrollmentsOfThisYearDrawnAsAChart() {
        String program = "REPORTS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OfferingId offering = TestOffering.offering().program(program).capacity(10)
                .firstSessionAt(LATER).create(catalog);
        TestLogins.asStaff(() -> staffEnrollment.enroll(offering,
                members.findByEmail("participant@demo.centerformsc.invalid").orElseThrow().id()));

        signInAt("/staff/reports", "staff");
        waitForText(By.id("report-enrollments-table"), program);

        wait.until(browser -> Boolean.TRUE.equals(driver.executeScript("""
                const canvas = document.querySelector('#report-enrollments portal-chart canvas');
                const chart = window.Chart && canvas && window.Chart.getChart(canvas);
                return !!chart && chart.data.datasets.length > 0 && canvas.width > 0;""")));
        Object labels = driver.executeScript("""
                return window.Chart.getChart(document.querySelector('#report-enrollments portal-chart canvas'))
                    .data.datasets.map(set => set.label);""");
        assertThat(labels.toString()).contains(program);
        Browser.screenshot(driver, "reports");
    }
}

package org.centerformsc.portal.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.ReportRows;
import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.completion.CompletionReportService;
import org.centerformsc.portal.enrollment.EnrollmentReportService;
import org.centerformsc.portal.fees.FeeReportService;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GivingReportService;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.TeachingReportService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReportsViewTest extends KaribuTest {

    @MockitoSpyBean
    EnrollmentReportService enrollment;
    @MockitoSpyBean
    FeeReportService fees;
    @MockitoSpyBean
    GivingReportService giving;
    @MockitoSpyBean
    CompletionReportService completion;
    @MockitoSpyBean
    TeachingReportService teaching;
    @Autowired
    CatalogService catalog;
    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithAMessageAndRunsNoReport() {
        ReportsView view = open();
        assertThat(view.reports.getChildren()).hasSize(9);
        Mockito.clearInvocations(enrollment, fees, giving, completion, teaching);

        _setValue(view.from, LocalDate.of(2036, 3, 1));
        _setValue(view.to, LocalDate.of(2036, 2, 28));
        _click(view.show);

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage())
                .isEqualTo("The period ends before it starts: choose a last day on or after the first day.");
        assertThat(view.reports.getChildren()).isEmpty();
        Mockito.verifyNoInteractions(enrollment, fees, giving, completion, teaching);
    }

    @Test
    void aMissingDayIsRefusedToo() {
        ReportsView view = open();
        Mockito.clearInvocations(enrollment, fees, giving, completion, teaching);
        _setValue(view.from, null);
        _click(view.show);
        assertThat(view.to.getErrorMessage()).isEqualTo("Choose the first and the last day of the period.");
        Mockito.verifyNoInteractions(enrollment, fees, giving, completion, teaching);
    }

    @Test
    void eachChartsTableShowsTheFiguresOfThePeriodAndTheCsvHoldsThem() throws IOException {
        ReportRows rows = new ReportRows(jdbc);
        String program = "RPT-V-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestOffering course = TestOffering.offering().program(program).capacity(4)
                .firstSessionAt(Instant.parse("2036-01-20T17:00:00Z"));
        course.create(catalog);
        long offering = rows.offeringId(course.code());
        rows.enrollment(offering, "ENROLLED", Instant.parse("2036-01-05T10:00:00Z"));
        rows.enrollment(offering, "WAITLISTED", null);
        rows.coursePayment(offering, "EUR", 12050, Instant.parse("2036-01-06T10:00:00Z"), 0, null);
        String campaign = TestCampaigns.fresh(campaigns, "RPT");
        rows.gift("USD", 1250, Instant.parse("2036-01-10T10:00:00Z"), "GENERAL", null);
        rows.gift("EUR", 4000, Instant.parse("2036-01-11T10:00:00Z"), "CAMPAIGN", campaign);
        rows.completion(program, "VERIFIED", LocalDate.of(2036, 1, 25));
        rows.recurringGift(rows.member(), "PAUSED", Instant.parse("2036-01-12T10:00:00Z"));
        rows.teacherStanding("CERTIFIED", LocalDate.of(2036, 1, 31));
        ReportsView view = open();

        _setValue(view.from, LocalDate.of(2036, 1, 1));
        _setValue(view.to, LocalDate.of(2036, 1, 31));
        _click(view.show);

        assertThat(view.to.isInvalid()).isFalse();
        assertThat(cells("report-enrollments")).containsExactly(List.of("January 2036", "Program " + program, "1"));
        assertThat(cells("report-fill")).containsExactly(
                List.of(course.code(), "Test offering " + course.code(), "4", "1", "25%", "1"));
        assertThat(cells("report-revenue")).containsExactly(List.of("EUR", "1", "€120.50", "0", "€0.00"));
        assertThat(cells("report-gifts-month")).containsExactly(List.of("January 2036", "EUR", "1", "€40.00"),
                List.of("January 2036", "USD", "1", "$12.50"));
        assertThat(cells("report-gifts-designation")).containsExactly(List.of("A campaign", "EUR", "1", "€40.00"),
                List.of("General fund", "USD", "1", "$12.50"));
        assertThat(cells("report-gifts-campaign")).containsExactly(
                List.of("Campaign " + campaign, "EUR", "1", "€40.00"));
        assertThat(cells("report-recurring")).containsExactly(List.of("Active", "0", "0"),
                List.of("Paused", "1", "1"), List.of("Lapsed", "0", "0"), List.of("Cancelled", "0", "0"));
        assertThat(cells("report-completions")).containsExactly(List.of("Program " + program, "1"));
        assertThat(headers("report-teachers")).containsExactly("Stage", "Teachers", "Deadline in the period",
                "Overdue today");
        assertThat(cells("report-teachers")).filteredOn(row -> row.get(0).equals("Certified"))
                .singleElement().satisfies(certified -> assertThat(certified.get(2)).isEqualTo("1"));
        for (String id : List.of("report-enrollments", "report-fill", "report-revenue", "report-gifts-month",
                "report-gifts-designation", "report-gifts-campaign", "report-recurring", "report-completions",
                "report-teachers")) {
            assertThat(section(id).getChildren().filter(PortalChart.class::isInstance)).as(id).hasSize(1);
        }

        List<CSVRecord> gifts = csv("report-gifts-month");
        assertThat(gifts.get(0).toList()).containsExactly("Month", "Currency", "Gifts", "Amount");
        assertThat(gifts.subList(1, gifts.size())).extracting(CSVRecord::toList).containsExactly(
                List.of("2036-01", "EUR", "1", "40.00"), List.of("2036-01", "USD", "1", "12.50"));
        List<CSVRecord> fill = csv("report-fill");
        assertThat(fill.get(0).toList()).containsExactly("Offering", "Title", "Seats", "Seats taken", "Full",
                "Waitlist");
        assertThat(fill.get(1).toList()).containsExactly(course.code(), "Test offering " + course.code(), "4", "1",
                "25", "1");
    }

    private ReportsView open() {
        signInAs("reports-staff", "Rita Reports", Roles.STAFF);
        UI.getCurrent().navigate("staff/reports");
        return _get(ReportsView.class);
    }

    private static ReportSection section(String id) {
        return _get(ReportSection.class, spec -> spec.withId(id));
    }

    private static List<List<String>> cells(String id) {
        NativeTableBody body = (NativeTableBody) section(id).table.getChildren()
                .filter(NativeTableBody.class::isInstance).findFirst().orElseThrow();
        return body.getChildren().map(row -> texts((NativeTableRow) row)).toList();
    }

    private static List<String> headers(String id) {
        NativeTableHeader header = (NativeTableHeader) section(id).table.getChildren()
                .filter(NativeTableHeader.class::isInstance).findFirst().orElseThrow();
        return texts((NativeTableRow) header.getChildren().findFirst().orElseThrow());
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getChildren().map(Component::getElement).map(element -> element.getText()).toList();
    }

    private static List<CSVRecord> csv(String id) throws IOException {
        String text = new String(section(id).csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}

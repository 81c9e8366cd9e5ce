package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.ReportRows;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.catalog.CatalogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centerformsc.portal.TestOffering.offering;

@IntegrationTest
class EnrollmentReportServiceTest {

    @Autowired
    EnrollmentReportService reports;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsConfirmedPlacesPerProgramAndMonthInsideThePeriodOnly() {
        ReportRows rows = new ReportRows(jdbc);
        String program = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String other = program + "-B";
        long first = rows.offeringId(create(offering().program(program).capacity(50)));
        long second = rows.offeringId(create(offering().program(other).capacity(50)));
        rows.enrollment(first, "ENROLLED", Instant.parse("2030-12-31T23:59:59Z"));
        rows.enrollment(first, "ENROLLED", Instant.parse("2031-01-01T00:00:00Z"));
        rows.enrollment(first, "ENROLLED", Instant.parse("2031-01-20T10:00:00Z"));
        rows.enrollment(first, "WITHDRAWN", Instant.parse("2031-01-21T10:00:00Z"));
        rows.enrollment(first, "ENROLLED", Instant.parse("2031-02-28T23:59:59Z"));
        rows.enrollment(first, "ENROLLED", Instant.parse("2031-03-01T00:00:00Z"));
        rows.enrollment(first, "WAITLISTED", null);
        rows.enrollment(second, "ENROLLED", Instant.parse("2031-02-02T10:00:00Z"));

        List<ProgramMonthCount> counts = mine(TestLogins.asStaff(() -> reports.enrollmentsPerProgramAndMonth(
                new ReportPeriod(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 28), ZoneOffset.UTC))), program);

        assertThat(counts).containsExactly(
                new ProgramMonthCount(program, YearMonth.of(2031, 1), 3),
                new ProgramMonthCount(program, YearMonth.of(2031, 2), 1),
                new ProgramMonthCount(other, YearMonth.of(2031, 2), 1));
    }

    @Test
    void readsDaysAndMonthsInTheStaffMembersZone() {
        ReportRows rows = new ReportRows(jdbc);
        String program = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long course = rows.offeringId(create(offering().program(program).capacity(50)));
        // 22:00 on 28 February in New York, 1 March in UTC
        rows.enrollment(course, "ENROLLED", Instant.parse("2031-03-01T03:00:00Z"));
        // 21:00 on 31 January in New York
        rows.enrollment(course, "ENROLLED", Instant.parse("2031-02-01T02:00:00Z"));

        List<ProgramMonthCount> counts = mine(TestLogins.asStaff(() -> reports.enrollmentsPerProgramAndMonth(
                new ReportPeriod(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 28),
                        ZoneId.of("America/New_York")))), program);

        assertThat(counts).containsExactly(new ProgramMonthCount(program, YearMonth.of(2031, 2), 1));
    }

    @Test
    void listsTheFullestOfferingsStartingInThePeriodWithTheirWaitlists() {
        ReportRows rows = new ReportRows(jdbc);
        String program = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String full = create(offering().program(program).capacity(2).firstSessionAt(Instant.parse("2032-05-03T17:00:00Z")));
        String half = create(offering().program(program).capacity(4).firstSessionAt(Instant.parse("2032-05-31T17:00:00Z")));
        String later = create(offering().program(program).capacity(1).firstSessionAt(Instant.parse("2032-06-01T17:00:00Z")));
        rows.enrollment(rows.offeringId(full), "ENROLLED", Instant.parse("2032-04-01T00:00:00Z"));
        rows.enrollment(rows.offeringId(full), "HELD", null);
        rows.enrollment(rows.offeringId(full), "WAITLISTED", null);
        rows.enrollment(rows.offeringId(full), "WAITLISTED", null);
        rows.enrollment(rows.offeringId(full), "WITHDRAWN", Instant.parse("2032-04-01T00:00:00Z"));
        rows.enrollment(rows.offeringId(half), "ENROLLED", Instant.parse("2032-04-01T00:00:00Z"));
        rows.enrollment(rows.offeringId(half), "ENROLLED", Instant.parse("2032-04-01T00:00:00Z"));
        rows.enrollment(rows.offeringId(later), "ENROLLED", Instant.parse("2032-04-01T00:00:00Z"));
        ReportPeriod may = new ReportPeriod(LocalDate.of(2032, 5, 1), LocalDate.of(2032, 5, 31), ZoneOffset.UTC);

        List<OfferingFill> fullest = TestLogins.asStaff(() -> reports.fullestOfferings(may, 20)).stream()
                .filter(fill -> fill.code().equals(full) || fill.code().equals(half) || fill.code().equals(later))
                .toList();

        assertThat(fullest).extracting(OfferingFill::code, OfferingFill::seats, OfferingFill::taken,
                        OfferingFill::waitlisted, OfferingFill::percentFull)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(full, 2, 2L, 2L, 100),
                        org.assertj.core.groups.Tuple.tuple(half, 4, 2L, 0L, 50));
        assertThat(TestLogins.asStaff(() -> reports.fullestOfferings(may, 1))).hasSize(1);
    }

    @Test
    void onlyStaffReadReports() {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31), ZoneOffset.UTC);
        assertThatThrownBy(() -> reports.enrollmentsPerProgramAndMonth(period))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> TestLogins.as(TestLogins.token("reader-" + UUID.randomUUID(), "Reader"),
                () -> reports.fullestOfferings(period, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String create(org.centerformsc.portal.TestOffering offering) {
        offering.create(catalog);
        return offering.code();
    }

    private static List<ProgramMonthCount> mine(List<ProgramMonthCount> counts, String program) {
        return counts.stream().filter(count -> count.programCode().startsWith(program)).toList();
    }
}

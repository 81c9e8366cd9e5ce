package org.centerformsc.portal.fees;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.ReportRows;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.catalog.CatalogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centerformsc.portal.TestOffering.offering;

@IntegrationTest
class FeeReportServiceTest {

    @Autowired
    FeeReportService reports;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void addsFeesAndRefundsPerCurrencyInTheDaysTheyHappened() {
        ReportRows rows = new ReportRows(jdbc);
        org.centerformsc.portal.TestOffering course = offering().program("RPT-FEES");
        course.create(catalog);
        long id = rows.offeringId(course.code());
        rows.coursePayment(id, "USD", 30000, Instant.parse("2033-03-01T00:00:00Z"), 0, null);
        rows.coursePayment(id, "USD", 25000, Instant.parse("2033-03-31T23:59:59Z"), 10000,
                Instant.parse("2033-03-15T00:00:00Z"));
        rows.coursePayment(id, "EUR", 20000, Instant.parse("2033-03-10T00:00:00Z"), 0, null);
        // paid before the period, refunded in it: the refund counts, the fee does not
        rows.coursePayment(id, "EUR", 18000, Instant.parse("2033-02-28T23:59:59Z"), 18000,
                Instant.parse("2033-03-02T00:00:00Z"));
        // paid in the period, refunded after it
        rows.coursePayment(id, "JPY", 5000, Instant.parse("2033-03-05T00:00:00Z"), 5000,
                Instant.parse("2033-04-01T00:00:00Z"));
        rows.coursePayment(id, "USD", 99900, Instant.parse("2033-04-01T00:00:00Z"), 0, null);

        assertThat(TestLogins.asStaff(() -> reports.revenueAndRefunds(
                new ReportPeriod(LocalDate.of(2033, 3, 1), LocalDate.of(2033, 3, 31), ZoneOffset.UTC))))
                .containsExactly(
                        new CourseRevenueLine("EUR", 1, 20000, 1, 18000),
                        new CourseRevenueLine("JPY", 1, 5000, 0, 0),
                        new CourseRevenueLine("USD", 2, 55000, 1, 10000));
    }
}

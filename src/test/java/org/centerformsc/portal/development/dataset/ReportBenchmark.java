package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.completion.CompletionReportService;
import org.centerformsc.portal.enrollment.EnrollmentReportService;
import org.centerformsc.portal.fees.FeeReportService;
import org.centerformsc.portal.giving.GivingReportService;
import org.centerformsc.portal.teaching.TeachingReportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each staff report on the data set at the organisation's size ({@code data/mariadb-dataset}, made by
 * {@code ./mvnw -Pdataset}, which must not be running: this benchmark starts that database itself), for one year
 * and for every year of the data set, in a zone west of UTC. A measurement, not a test (docs/benchmarks.md):
 * {@code ./mvnw test -Dtest=ReportBenchmark}.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 5;
    @Autowired
    EnrollmentReportService enrollment;
    @Autowired
    FeeReportService fees;
    @Autowired
    GivingReportService giving;
    @Autowired
    CompletionReportService completion;
    @Autowired
    TeachingReportService teaching;
    @Autowired
    JdbcTemplate jdbc;

    /** The data set's day: scheduled jobs find nothing due, so the benchmark leaves the data as it was. */
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    }

    @DynamicPropertySource
    static void dataSet(DynamicPropertyRegistry registry) {
        DataSetDatabase.start(registry);
    }

    @AfterAll
    static void stopDatabase() {
        DataSetDatabase.stop();
    }

    @Test
    void reportsAtTheOrganisationsSize() {
        System.out.printf("%nReport benchmark on %,d members, %,d offerings, %,d enrollments, %,d gifts, %,d course"
                        + " payments, %,d completions, %,d standings%n", count("member"), count("offering"),
                count("enrollment"), count("gift"), count("course_payment"), count("completion"),
                count("teacher_standing"));
        ZoneId zone = ZoneId.of("America/New_York");
        Map<String, ReportPeriod> periods = new LinkedHashMap<>();
        periods.put("2026", new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), zone));
        periods.put("2019-2028", new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2028, 12, 31), zone));
        Map<String, Function<ReportPeriod, List<?>>> reports = new LinkedHashMap<>();
        reports.put("enrollments per program and month", enrollment::enrollmentsPerProgramAndMonth);
        reports.put("fullest offerings (top 20)", period -> enrollment.fullestOfferings(period, 20));
        reports.put("course fees and refunds", fees::revenueAndRefunds);
        reports.put("gifts per month", giving::giftsPerMonth);
        reports.put("gifts per designation", giving::giftsPerDesignation);
        reports.put("gifts per campaign", giving::giftsPerCampaign);
        reports.put("recurring donors by state", giving::recurringDonors);
        reports.put("completions per program", completion::completionsPerProgram);
        reports.put("teachers per stage", teaching::teachersPerStage);
        System.out.printf("%-36s %-10s %6s %10s %8s%n", "report", "period", "rows", "median ms", "max ms");
        periods.forEach((name, period) -> reports.forEach((report, query) -> measure(report, name, period, query)));
    }

    private void measure(String report, String periodName, ReportPeriod period,
                         Function<ReportPeriod, List<?>> query) {
        for (int i = 0; i < WARM_UP; i++) {
            TestLogins.asStaff(() -> query.apply(period));
        }
        List<Long> times = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = TestLogins.asStaff(() -> query.apply(period)).size();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        System.out.printf("%-36s %-10s %6d %10d %8d%n", report, periodName, rows, times.get(RUNS / 2),
                times.get(RUNS - 1));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}

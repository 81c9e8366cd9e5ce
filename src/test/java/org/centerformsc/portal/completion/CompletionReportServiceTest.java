package org.centerformsc.portal.completion;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.ReportRows;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.base.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CompletionReportServiceTest {

    @Autowired
    CompletionReportService reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsVerifiedCompletionsPerProgramOnTheDaysOfThePeriod() {
        ReportRows rows = new ReportRows(jdbc);
        String msc = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String retreat = msc + "-R";
        rows.completion(msc, "VERIFIED", LocalDate.of(2034, 1, 1));
        rows.completion(msc, "VERIFIED", LocalDate.of(2034, 6, 30));
        rows.completion(msc, "VERIFIED", LocalDate.of(2034, 3, 3));
        rows.completion(msc, "PENDING", LocalDate.of(2034, 3, 3));
        rows.completion(msc, "REJECTED", LocalDate.of(2034, 3, 3));
        rows.completion(msc, "VERIFIED", LocalDate.of(2033, 12, 31));
        rows.completion(msc, "VERIFIED", LocalDate.of(2034, 7, 1));
        rows.completion(retreat, "VERIFIED", LocalDate.of(2034, 2, 2));

        assertThat(TestLogins.asStaff(() -> reports.completionsPerProgram(
                new ReportPeriod(LocalDate.of(2034, 1, 1), LocalDate.of(2034, 6, 30), ZoneOffset.UTC))).stream()
                .filter(line -> line.programCode().startsWith(msc)))
                .containsExactly(new ProgramCompletions(msc, 3), new ProgramCompletions(retreat, 1));
    }
}

package org.centerformsc.portal.completion;

import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Staff reports on completions, computed by the database (docs/decisions/023). */
@Service
public class CompletionReportService {

    private final JdbcClient jdbc;

    CompletionReportService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Verified completions per program whose day of completion lies in the period, most first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<ProgramCompletions> completionsPerProgram(ReportPeriod period) {
        return jdbc.sql("""
                        SELECT program_code, COUNT(*) AS completions
                        FROM completion
                        WHERE status = 'VERIFIED' AND completed_on BETWEEN :from AND :to
                        GROUP BY program_code
                        ORDER BY completions DESC, program_code""")
                .param("from", period.from())
                .param("to", period.to())
                .query((rs, i) -> new ProgramCompletions(rs.getString("program_code"), rs.getLong("completions")))
                .list();
    }
}

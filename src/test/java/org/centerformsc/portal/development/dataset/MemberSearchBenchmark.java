package org.centerformsc.portal.development.dataset;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.records.MemberRecordService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Staff's member search and a member's page at the organisation's size (docs/benchmarks.md), on the data set's own
 * database ({@code ./mvnw -Pdataset}, not running). While that database has no search indexes yet, the old matching
 * ({@code LIKE '%text%'} on name and e-mail: a page and its count) is timed first with plain JDBC, before the
 * portal's context migrates it; then the prefix search the members' grid uses, and page renders with their
 * statements. A measurement, not a test: {@code ./mvnw test -Dtest=MemberSearchBenchmark}.
 */
@SpringBootTest
@Import(CountedStatements.class)
@ActiveProfiles("test")
class MemberSearchBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 50;
    /** The old matching scans every member each time: fewer runs are enough. */
    private static final int BEFORE_RUNS = 20;
    private static final List<String> TEXTS = List.of("smith", "emma", "müller", "member-12345@", "e", "zzz");
    private static final List<String> BEFORE = new ArrayList<>();
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberRecordService records;

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    }

    @DynamicPropertySource
    static void dataSet(DynamicPropertyRegistry registry) throws SQLException {
        DataSetDatabase.start(registry);
        measureContainsBeforeMigrating(DataSetDatabase.jdbcUrl());
    }

    @AfterAll
    static void stopDatabase() {
        DataSetDatabase.stop();
    }

    /** The matching before issue 16: a page of 50 by name and its count, each a scan of every member. */
    private static void measureContainsBeforeMigrating(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            try (ResultSet indexed = connection.createStatement().executeQuery(
                    "SHOW INDEX FROM member WHERE Key_name = 'ix_member_display_name'")) {
                if (indexed.next()) {
                    BEFORE.add("(already migrated: the old matching was measured on the first run)");
                    return;
                }
            }
            for (String text : TEXTS) {
                String pattern = "%" + text + "%";
                double[] page = time(connection, """
                        SELECT * FROM member WHERE display_name LIKE ? OR email LIKE ?
                        ORDER BY display_name, id LIMIT 50""", pattern);
                double[] count = time(connection,
                        "SELECT COUNT(*) FROM member WHERE display_name LIKE ? OR email LIKE ?", pattern);
                BEFORE.add(String.format("%-44s %10.1f %10.1f %10.1f %10.1f", "contains \"" + text + "\"",
                        page[BEFORE_RUNS / 2], page[BEFORE_RUNS * 95 / 100], count[BEFORE_RUNS / 2],
                        count[BEFORE_RUNS * 95 / 100]));
            }
        }
    }

    private static double[] time(Connection connection, String sql, String pattern) throws SQLException {
        double[] millis = new double[BEFORE_RUNS];
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, pattern);
            statement.setString(2, pattern);
            for (int i = -3; i < BEFORE_RUNS; i++) {
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    @Test
    void memberSearchAndPageAtTheOrganisationsSize() {
        System.out.printf("%nMember search on %,d members%n", jdbc.queryForObject("SELECT COUNT(*) FROM member",
                Long.class));
        System.out.printf("%-44s %10s %10s %10s %10s%n", "before (JDBC)", "page med", "page p95", "count med",
                "count p95");
        BEFORE.forEach(System.out::println);
        OAuth2AuthenticationToken staff = BenchmarkSessions.demoAccount(jdbc, "staff", Roles.PARTICIPANT,
                Roles.STAFF);
        System.out.printf("%-44s %10s %10s %12s %10s%n", "after (service)", "median ms", "p95 ms", "statements",
                "found");
        for (String text : TEXTS) {
            measureCall("prefix \"" + text + "\": page of 50 and count", staff, text, () -> {
                records.find(text, 0, 50);
                records.countFound(text);
            });
        }
        long participant = jdbc.queryForObject("SELECT id FROM member WHERE subject = 'participant' "
                + "AND issuer LIKE 'http://127.0.0.1:%'", Long.class);
        long donor = jdbc.queryForObject("SELECT id FROM member WHERE subject = 'donor' "
                + "AND issuer LIKE 'http://127.0.0.1:%'", Long.class);
        Routes routes = BenchmarkSessions.routes();
        System.out.printf("%-44s %10s %10s %12s%n", "page", "median ms", "p95 ms", "statements");
        measure("members, empty search", routes, staff, "staff/members", null);
        measure("members, search \"smith\"", routes, staff, "staff/members", "smith");
        measure("member page (participant, 40 places)", routes, staff, "staff/members/" + participant, null);
        measure("member page (donor, 200 gifts)", routes, staff, "staff/members/" + donor, null);
    }

    private void measureCall(String what, OAuth2AuthenticationToken user, String text, Runnable call) {
        double[] millis = new double[RUNS];
        long[] statements = new long[RUNS];
        SecurityContextHolder.getContext().setAuthentication(user);
        for (int i = -WARM_UP; i < RUNS; i++) {
            CountedStatements.reset();
            long start = System.nanoTime();
            call.run();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                statements[i] = CountedStatements.count();
            }
        }
        long found = records.countFound(text);
        SecurityContextHolder.clearContext();
        Arrays.sort(millis);
        Arrays.sort(statements);
        System.out.printf("%-44s %10.1f %10.1f %12d %,10d%n", what, millis[RUNS / 2], millis[RUNS * 95 / 100],
                statements[RUNS / 2], found);
    }

    /** A render: navigate, type the search if any, then one round trip in which each grid fetches its first rows. */
    private void measure(String page, Routes routes, OAuth2AuthenticationToken user, String route, String search) {
        double[] millis = new double[RUNS];
        long[] statements = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            BenchmarkSessions.startUi(routes, context, user);
            CountedStatements.reset();
            long start = System.nanoTime();
            UI.getCurrent().navigate(route);
            if (search != null) {
                LocatorJ._get(TextField.class, spec -> spec.withId("members-search")).setValue(search);
            }
            LocatorJ._find(Grid.class).forEach(grid -> grid.getDataCommunicator().setViewportRange(0, 50));
            MockVaadin.clientRoundtrip();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                statements[i] = CountedStatements.count();
            }
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
        Arrays.sort(millis);
        Arrays.sort(statements);
        System.out.printf("%-44s %10.1f %10.1f %12d%n", page, millis[RUNS / 2], millis[RUNS * 95 / 100],
                statements[RUNS / 2]);
    }
}

package org.centerformsc.portal.development.dataset;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.server.VaadinService;
import org.centerformsc.portal.development.database.EmbeddedMariaDb;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.PathwayService;
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

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Server time and JDBC statements of a page render at the organisation's size: the portal's context on the data
 * set's own database ({@code data/mariadb-dataset}, made by {@code ./mvnw -Pdataset}, which must not be running:
 * this benchmark starts that database itself). Each render is a fresh UI navigating to the page, then one
 * server round trip, in which the catalog's list fetches its first page as a browser's first request would.
 * Karibu renders on the server only: no browser, so no network, no client-side rendering; the production frontend
 * bundle changes none of what is timed here. The clock stands still at the data set's day, so later runs see the
 * same pages. A measurement, not a test (docs/benchmarks.md): {@code ./mvnw test -Dtest=PageBenchmark}.
 */
@SpringBootTest
@Import(CountedStatements.class)
@ActiveProfiles("test")
class PageBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 100;
    private static EmbeddedMariaDb database;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberService members;

    @Autowired
    PathwayService pathway;

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    }

    @DynamicPropertySource
    static void dataSet(DynamicPropertyRegistry registry) {
        database = EmbeddedMariaDb.start(Path.of("data", "mariadb-dataset"), 0);
        registry.add("spring.datasource.url", () -> database.jdbcUrl("portal"));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("vaadin.productionMode", () -> "true");
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void pagesAtTheOrganisationsSize() {
        Routes routes = BenchmarkSessions.routes();
        OAuth2AuthenticationToken participant = BenchmarkSessions.demoAccount(jdbc, "participant",
                Roles.PARTICIPANT);
        OAuth2AuthenticationToken donor = BenchmarkSessions.demoAccount(jdbc, "donor", Roles.PARTICIPANT,
                Roles.DONOR);
        System.out.printf("%nPage benchmark on %,d members, %,d offerings, %,d enrollments, %,d gifts%n",
                count("member"), count("offering"), count("enrollment"), count("gift"));
        BenchmarkSessions.startUi(routes, context, null);
        System.out.printf("Vaadin production mode: %s%n",
                VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode());
        MockVaadin.tearDown();
        System.out.printf("%-44s %10s %10s %12s%n", "page", "median ms", "p95 ms", "statements");
        measure("dashboard (participant, 40 enrollments)", routes, participant, "");
        measure("catalog (member)", routes, participant, "courses");
        measure("catalog (anonymous)", routes, null, "courses");
        measure("giving (donor, 200 gifts)", routes, donor, "giving");

        OAuth2AuthenticationToken staff = BenchmarkSessions.demoAccount(jdbc, "staff", Roles.PARTICIPANT,
                Roles.STAFF);
        long fullest = jdbc.queryForObject("SELECT offering_id FROM enrollment GROUP BY offering_id "
                + "ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        System.out.printf("(the fullest offering, %d, has %,d enrollments)%n", fullest,
                jdbc.queryForObject("SELECT COUNT(*) FROM enrollment WHERE offering_id = ?", Long.class, fullest));
        measure("staff: offerings and rosters", routes, staff, "staff/offerings");
        measure("staff: seats of the fullest offering", routes, staff, "staff/offerings/" + fullest + "/seats");
        measure("staff: offering form of it", routes, staff, "planning/offerings/" + fullest);
        measure("staff: proposals to approve", routes, staff, "staff/proposals");
        measure("staff: programs", routes, staff, "staff/programs");
        measureCall("staff: member search \"morgan\" (50)", staff, () -> members.search("morgan", 0, 50));
        measureCall("staff: member search \"no such name\"", staff, () -> members.search("no such name", 0, 50));
        measureCall("staff: teacher choices \"ellis\"", staff, () -> pathway.teacherChoices("ellis", 50));
    }

    /** A service call a page makes as someone types (a search), timed like a page. */
    private void measureCall(String what, OAuth2AuthenticationToken user, Runnable call) {
        double[] millis = new double[RUNS];
        long[] statements = new long[RUNS];
        SecurityContextHolder.getContext().setAuthentication(user);
        for (int i = -WARM_UP; i < RUNS; i++) {
            CountedStatements.STATEMENTS.set(0);
            long start = System.nanoTime();
            call.run();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                statements[i] = CountedStatements.STATEMENTS.get();
            }
        }
        SecurityContextHolder.clearContext();
        Arrays.sort(millis);
        Arrays.sort(statements);
        System.out.printf("%-44s %10.1f %10.1f %12d%n", what, millis[RUNS / 2], millis[RUNS * 95 / 100],
                statements[RUNS / 2]);
    }

    private void measure(String page, Routes routes, OAuth2AuthenticationToken user, String route) {
        double[] millis = new double[RUNS];
        long[] statements = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            BenchmarkSessions.startUi(routes, context, user);
            CountedStatements.STATEMENTS.set(0);
            long start = System.nanoTime();
            UI.getCurrent().navigate(route);
            // what the browser asks of the catalog's list first: its first page
            LocatorJ._find(VirtualList.class).forEach(list -> list.getDataCommunicator().setViewportRange(0, 50));
            LocatorJ._find(Grid.class).forEach(grid -> grid.getDataCommunicator().setViewportRange(0, 50));
            MockVaadin.clientRoundtrip();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                statements[i] = CountedStatements.STATEMENTS.get();
            }
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
        Arrays.sort(millis);
        Arrays.sort(statements);
        System.out.printf("%-44s %10.1f %10.1f %12d%n", page, millis[RUNS / 2], millis[RUNS * 95 / 100],
                statements[RUNS / 2]);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}

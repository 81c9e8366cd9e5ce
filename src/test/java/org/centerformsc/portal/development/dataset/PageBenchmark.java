package org.centerformsc.portal.development.dataset;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.server.VaadinService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.PathwayService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Server time and JDBC statements of a page render at the organisation's size: the portal's context on the data
 * set's own database ({@code data/mariadb-dataset}, made by {@code ./mvnw -Pdataset}, which must not be running:
 * this benchmark starts that database itself). Each render is an in-app navigation, as a member moves from page to
 * page: a fresh session opens the privacy notice (so the layout and whatever the session keeps are in place), then
 * the timed part navigates to the page and makes one server round trip, in which lists fetch their first rows as a
 * browser's first request would. One more round trip with nothing to do counts what a heartbeat or poll costs.
 * Karibu renders on the server only: no browser, network or client-side rendering is in these times. The clock
 * stands still at the data set's day. A measurement, not a test (docs/benchmarks.md):
 * {@code ./mvnw test -Dtest=PageBenchmark [-Dbenchmark.pages=dashboard,catalog-member] [-Dbenchmark.log-statements=true]}.
 */
@SpringBootTest
@Import(CountedStatements.class)
@ActiveProfiles("test")
class PageBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 30);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 100);
    private static final Set<String> PAGES = Set.of(System.getProperty("benchmark.pages", "").split(","));
    private static final boolean LOG_STATEMENTS = Boolean.getBoolean("benchmark.log-statements");
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
        DataSetDatabase.start(registry);
    }

    @AfterAll
    static void stopDatabase() {
        DataSetDatabase.stop();
    }

    @Test
    void pagesAtTheOrganisationsSize() {
        Routes routes = BenchmarkSessions.routes();
        OAuth2AuthenticationToken participant = BenchmarkSessions.demoAccount(jdbc, "participant",
                Roles.PARTICIPANT);
        OAuth2AuthenticationToken donor = BenchmarkSessions.demoAccount(jdbc, "donor", Roles.PARTICIPANT,
                Roles.DONOR);
        OAuth2AuthenticationToken teacher = BenchmarkSessions.demoAccount(jdbc, "teacher", Roles.PARTICIPANT,
                Roles.TEACHER);
        OAuth2AuthenticationToken staff = BenchmarkSessions.demoAccount(jdbc, "staff", Roles.PARTICIPANT,
                Roles.STAFF);
        System.out.printf("%nPage benchmark on %,d members, %,d offerings, %,d enrollments, %,d gifts%n",
                count("member"), count("offering"), count("enrollment"), count("gift"));
        BenchmarkSessions.startUi(routes, context, null);
        System.out.printf("Vaadin production mode: %s%n",
                VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode());
        MockVaadin.tearDown();
        long fullest = jdbc.queryForObject("SELECT offering_id FROM enrollment GROUP BY offering_id "
                + "ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        System.out.printf("(the fullest offering, %d, has %,d enrollments)%n", fullest,
                jdbc.queryForObject("SELECT COUNT(*) FROM enrollment WHERE offering_id = ?", Long.class, fullest));
        System.out.printf("%-46s %10s %10s %12s %6s%n", "page", "median ms", "p95 ms", "statements", "idle");

        measure("dashboard", "dashboard (participant, 40 enrollments)", routes, participant, "dashboard");
        measure("catalog-member", "catalog (member)", routes, participant, "courses");
        measure("catalog-anonymous", "catalog (anonymous)", routes, null, "courses");
        measure("giving", "giving (donor, 200 gifts)", routes, donor, "giving");
        measure("my-path", "My path (participant)", routes, participant, "my-path");
        measure("replays", "replays (participant)", routes, participant, "replays");
        measure("directory", "find a teacher (anonymous)", routes, null, "teachers");
        measure("teaching", "teaching (teacher)", routes, teacher, "teaching");
        measure("staff-claims", "staff: claims to verify", routes, staff, "staff/claims");
        measure("staff-training", "staff: teacher training", routes, staff, "staff/training");
        measure("staff-applications", "staff: applications", routes, staff, "staff/applications");
        measure("staff-scholarships", "staff: scholarships", routes, staff, "staff/scholarships");
        measure("staff-offerings", "staff: offerings and rosters", routes, staff, "staff/offerings");
        measure("staff-seats", "staff: seats of the fullest offering", routes, staff,
                "staff/offerings/" + fullest + "/seats");
        measure("staff-offering-form", "staff: offering form of it", routes, staff, "planning/offerings/" + fullest);
        measure("staff-proposals", "staff: proposals to approve", routes, staff, "staff/proposals");
        measure("staff-programs", "staff: programs", routes, staff, "staff/programs");
        measureCall("search-morgan", "staff: member search \"morgan\" (50)", staff,
                () -> members.search("morgan", 0, 50));
        measureCall("search-none", "staff: member search \"no such name\"", staff,
                () -> members.search("no such name", 0, 50));
        measureCall("teacher-choices", "staff: teacher choices \"ellis\"", staff,
                () -> pathway.teacherChoices("ellis", 50));
    }

    private static boolean chosen(String key) {
        return PAGES.contains("") || PAGES.contains(key);
    }

    /** A service call a page makes as someone types (a search), timed like a page. */
    private void measureCall(String key, String what, OAuth2AuthenticationToken user, Runnable call) {
        if (!chosen(key)) {
            return;
        }
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
        SecurityContextHolder.clearContext();
        print(what, millis, statements, -1);
    }

    private void measure(String key, String page, Routes routes, OAuth2AuthenticationToken user, String route) {
        if (!chosen(key)) {
            return;
        }
        double[] millis = new double[RUNS];
        long[] statements = new long[RUNS];
        long idle = 0;
        List<String> last = List.of();
        for (int i = -WARM_UP; i < RUNS; i++) {
            BenchmarkSessions.startUi(routes, context, user);
            UI.getCurrent().navigate("privacy");
            respond();
            CountedStatements.reset();
            long start = System.nanoTime();
            UI.getCurrent().navigate(route);
            respond();
            // what the browser asks of a page's lists first: their first rows
            LocatorJ._find(VirtualList.class).forEach(list -> list.getDataCommunicator().setViewportRange(0, 50));
            LocatorJ._find(Grid.class).forEach(grid -> grid.getDataCommunicator().setViewportRange(0, 50));
            respond();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
                statements[i] = CountedStatements.count();
                last = CountedStatements.statements();
                CountedStatements.reset();
                respond();
                idle = Math.max(idle, CountedStatements.count());
            }
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
        print(page, millis, statements, idle);
        if (LOG_STATEMENTS) {
            last.forEach(statement -> System.out.println("    " + statement));
        }
    }

    /**
     * A server round trip as a browser has it: after the response is written, the UI's changes count as sent, as
     * Flow's UIDL writer marks them. Without that, a grid believes its client never received its rows and fetches
     * its count and first page again on the next round trip, which a browser does not.
     */
    private static void respond() {
        MockVaadin.clientRoundtrip();
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {
        });
    }

    private static void print(String what, double[] millis, long[] statements, long idle) {
        Arrays.sort(millis);
        Arrays.sort(statements);
        System.out.printf("%-46s %10.1f %10.1f %12d %6s%n", what, millis[RUNS / 2], millis[RUNS * 95 / 100],
                statements[RUNS / 2], idle < 0 ? "" : String.valueOf(idle));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}

package org.centerformsc.portal.development.dataset;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heap per signed-in session: {@code benchmark.sessions} data set members (default 100), each in a Vaadin session
 * of their own on one servlet, signed in and with their dashboard open (Vaadin in production mode), all kept open;
 * then a full GC, and the growth of the used heap over the same moment before the sessions, divided by their
 * number. A class histogram taken at both moments names what the sessions hold. Needs {@code data/mariadb-dataset}
 * with the portal stopped, like the page benchmark. A measurement, not a test (docs/benchmarks/load.md):
 * {@code ./mvnw test -Dtest=SessionMemoryBenchmark [-Dbenchmark.sessions=100]}.
 */
@SpringBootTest
@ActiveProfiles("test")
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 100);
    private static final long TWO_GB = 2L << 30;
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @TestBean
    Clock clock;

    static Clock clock() {
        return PageBenchmark.clock();
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
    void heapPerSignedInSessionWithTheDashboardOpen() throws Exception {
        List<OAuth2AuthenticationToken> members = new ArrayList<>();
        for (int n = 1; n <= SESSIONS + 2; n++) {
            members.add(BenchmarkSessions.demoAccount(jdbc, "member-" + n, Roles.PARTICIPANT));
        }
        BenchmarkSessions.startUi(BenchmarkSessions.routes(), context, members.get(0));
        System.out.printf("%nSession memory: Vaadin production mode: %s%n",
                VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode());
        // one session first, so the servlet, the routes and every class a dashboard needs are in place
        List<VaadinSession> open = new ArrayList<>();
        open.add(openDashboard(members.get(0), false));
        open.add(openDashboard(members.get(1), true));
        long before = usedAfterFullGc();
        Map<String, long[]> histogramBefore = histogram();
        for (int n = 2; n <= SESSIONS + 1; n++) {
            open.add(openDashboard(members.get(n), true));
        }
        long after = usedAfterFullGc();
        Map<String, long[]> histogramAfter = histogram();
        long perSession = (after - before) / SESSIONS;
        System.out.printf("%d sessions with the dashboard open: heap %,d KB before, %,d KB after a full GC: "
                        + "%,d bytes (%.1f KB) per session; 10,000 sessions: %,d MB of a 2 GB heap (%.0f %%)%n",
                SESSIONS, before / 1024, after / 1024, perSession, perSession / 1024.0,
                perSession * 10_000 / (1 << 20), 100.0 * perSession * 10_000 / TWO_GB);
        printLargestGrowth(histogramBefore, histogramAfter);
        System.out.printf("(%d sessions kept open)%n", open.size());
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * The member's session (a new one on the same servlet, or the one just started), signed in, with the dashboard
     * rendered in its UI.
     */
    private VaadinSession openDashboard(OAuth2AuthenticationToken member, boolean newSession) {
        SecurityContextHolder.getContext().setAuthentication(member);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(member);
            request.setUserInRole((principal, role) -> Roles.PARTICIPANT.equals(role));
            return request;
        });
        // what Karibu does when a session closes: a fresh session and UI on the same servlet; this one stays open
        if (newSession) {
            MockVaadin.afterSessionClose(VaadinSession.getCurrent(), UI::new);
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        UI.getCurrent().navigate("dashboard");
        MockVaadin.clientRoundtrip();
        return session;
    }

    private static long usedAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The JVM's class histogram ({@code jcmd <pid> GC.class_histogram}, which also runs a full GC). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[]{Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }

    private static void printLargestGrowth(Map<String, long[]> before, Map<String, long[]> after) {
        System.out.printf("%-80s %12s %14s%n", "class (largest growth)", "per session", "bytes/session");
        after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), new long[]{
                        entry.getValue()[0] - before.getOrDefault(entry.getKey(), new long[2])[0],
                        entry.getValue()[1] - before.getOrDefault(entry.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong(entry -> -entry.getValue()[1]))
                .limit(25)
                .forEach(entry -> System.out.printf("%-80s %12.1f %14d%n", entry.getKey(),
                        (double) entry.getValue()[0] / SESSIONS, entry.getValue()[1] / SESSIONS));
    }
}

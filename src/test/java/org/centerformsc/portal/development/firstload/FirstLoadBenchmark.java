package org.centerformsc.portal.development.firstload;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import org.centerformsc.portal.development.DevelopmentIdentityProvider;
import org.centerformsc.portal.journeys.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What a browser gets on a first visit, with nothing in its cache: bytes over the wire (compressed, from the
 * Resource Timing API's transferSize, the page and everything it loads until the network is quiet), largest
 * contentful paint and cumulative layout shift (PerformanceObserver). The portal runs as {@code ./mvnw} starts it
 * (embedded default, demo data, the development identity provider on a real port) in the mode the build gave it;
 * headless Debian Chromium as the journeys drive it. A measurement, not a test (docs/benchmarks/first-load.md):
 * {@code ./mvnw test -Dtest=FirstLoadBenchmark [-Dbenchmark.runs=5]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"embedded", "demo"})
class FirstLoadBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 1);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final boolean LIST_RESOURCES = Boolean.getBoolean("benchmark.list-resources");
    private static final int PORT = freePort();

    /** Runs before any of the page's own scripts: observers that see the whole load, and room for every resource. */
    private static final String OBSERVERS = """
            performance.setResourceTimingBufferSize(5000);
            window.firstLoad = {lcp: 0, shifts: []};
            new PerformanceObserver(list => list.getEntries().forEach(e => window.firstLoad.lcp = e.startTime))
                .observe({type: 'largest-contentful-paint', buffered: true});
            new PerformanceObserver(list => list.getEntries().filter(e => !e.hadRecentInput)
                .forEach(e => window.firstLoad.shifts.push([e.startTime, e.value])))
                .observe({type: 'layout-shift', buffered: true});
            """;

    /** CLS as browsers report it: the worst window of shifts less than 1 s apart and within 5 s. */
    private static final String FIGURES = """
            let cls = 0, session = 0, first = -1, last = -1;
            for (const [time, value] of window.firstLoad.shifts) {
              if (first >= 0 && time - last < 1000 && time - first < 5000) { session += value; }
              else { session = value; first = time; }
              last = time;
              cls = Math.max(cls, session);
            }
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            const sum = (list, field) => list.reduce((total, e) => total + e[field], 0);
            const scripts = entries.filter(e => e.name.split('?')[0].endsWith('.js'));
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return {lcp: window.firstLoad.lcp, cls: cls, requests: entries.length, fcp: paint ? paint.startTime : 0,
                    resources: entries.map(e => e.transferSize + ' ' + e.decodedBodySize + ' ' + e.name).join('\\n'),
                    transferred: sum(entries, 'transferSize'), decoded: sum(entries, 'decodedBodySize'),
                    scriptsTransferred: sum(scripts, 'transferSize'), scriptsDecoded: sum(scripts, 'decodedBodySize')};
            """;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("portal.dev-idp.port", () -> 0);
        registry.add("portal.notifications.first-send-after", () -> "PT1H");
        registry.add("portal.practice.reminders-first-after", () -> "PT1H");
        registry.add("portal.replay.media-folder", () -> "target/test-media");
    }

    @Autowired
    DevelopmentIdentityProvider identityProvider;

    @Autowired
    ServletContext servletContext;

    @Test
    void firstLoad() {
        boolean production = ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode();
        System.out.printf("%nFirst load, Vaadin production mode: %s, %d runs%n", production, RUNS);
        System.out.printf("%-28s %12s %12s %12s %12s %9s %9s %9s %7s%n", "page", "bytes", "uncompressed",
                "js bytes", "js uncompr.", "FCP ms", "LCP ms", "CLS", "requests");
        List<Figures> anonymousCatalog = new ArrayList<>();
        List<Figures> dashboard = new ArrayList<>();
        List<Figures> memberCatalog = new ArrayList<>();
        for (int run = -WARM_UP; run < RUNS; run++) {
            if (run == 0) {
                anonymousCatalog.clear();
                dashboard.clear();
                memberCatalog.clear();
                System.out.println("(warm-up above)");
            }
            ChromeDriver driver = Browser.start();
            try {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVERS));
                driver.executeCdpCommand("Network.enable", Map.of());
                driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                anonymousCatalog.add(print("catalog (visitor)", load(driver, "/courses", ".offering-card")));
                signIn(driver);
                dashboard.add(print("dashboard (participant)", load(driver, "/dashboard", "#dashboard-view")));
                memberCatalog.add(print("catalog (participant)", load(driver, "/courses", ".offering-card")));
            } finally {
                driver.quit();
            }
        }
        System.out.println("median of the runs:");
        print("catalog (visitor)", Figures.median(anonymousCatalog));
        print("dashboard (participant)", Figures.median(dashboard));
        print("catalog (participant)", Figures.median(memberCatalog));
    }

    /** Opens the page with the cache off and waits until it shows {@code ready} and nothing more is loading. */
    private Figures load(ChromeDriver driver, String path, String ready) {
        driver.get(url(path));
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
        waitForQuiet(driver);
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) driver.executeScript(FIGURES);
        if (LIST_RESOURCES) {
            System.out.println("transferred, uncompressed, address:\n" + figures.get("resources"));
        }
        return Figures.of(figures);
    }

    private static void waitForQuiet(ChromeDriver driver) {
        long count = -1;
        for (int unchanged = 0; unchanged < 4; ) {
            sleep(500);
            long now = (Long) driver.executeScript("return performance.getEntriesByType('resource').length");
            unchanged = now == count ? unchanged + 1 : 0;
            count = now;
        }
    }

    private void signIn(ChromeDriver driver) {
        driver.get(url("/dashboard"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
        driver.findElement(By.name("username")).sendKeys("participant");
        driver.findElement(By.name("password")).sendKeys("participant");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-view")));
    }

    private static Figures print(String page, Figures figures) {
        System.out.printf("%-28s %12d %12d %12d %12d %9.0f %9.0f %9.4f %7d%n", page, figures.transferred(),
                figures.decoded(), figures.scriptsTransferred(), figures.scriptsDecoded(), figures.fcp(),
                figures.lcp(), figures.cls(), figures.requests());
        return figures;
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + PORT + path;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Figures(long transferred, long decoded, long scriptsTransferred, long scriptsDecoded, double fcp,
                   double lcp, double cls, long requests) {

        static Figures of(Map<String, Object> script) {
            return new Figures(number(script, "transferred").longValue(), number(script, "decoded").longValue(),
                    number(script, "scriptsTransferred").longValue(), number(script, "scriptsDecoded").longValue(),
                    number(script, "fcp").doubleValue(), number(script, "lcp").doubleValue(),
                    number(script, "cls").doubleValue(), number(script, "requests").longValue());
        }

        static Figures median(List<Figures> runs) {
            return new Figures((long) median(runs, Figures::transferred), (long) median(runs, Figures::decoded),
                    (long) median(runs, Figures::scriptsTransferred), (long) median(runs, Figures::scriptsDecoded),
                    median(runs, Figures::fcp), median(runs, Figures::lcp), median(runs, Figures::cls),
                    (long) median(runs, Figures::requests));
        }

        private static double median(List<Figures> runs, ToDoubleFunction<Figures> figure) {
            double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
            return values[values.length / 2];
        }

        private static Number number(Map<String, Object> script, String key) {
            return (Number) script.get(key);
        }
    }
}

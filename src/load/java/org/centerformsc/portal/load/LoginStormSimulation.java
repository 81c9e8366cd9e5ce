package org.centerformsc.portal.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The login storm and a crowd browsing, against a portal that is already running on the data set with the
 * development identity provider ({@code ./mvnw -Pdataset}; docs/decisions/029-load-tests.md):
 * <ol>
 *     <li>storm: {@code load.storm-members} members ({@code member-1} ...) sign in through the full OIDC
 *     authorization-code flow (portal, provider's form with its CSRF token, code back to the portal) spread over
 *     {@code load.storm-seconds}, and open their dashboard;</li>
 *     <li>then browsing: {@code load.browsing-members} other members sign in over a minute and keep going from page
 *     to page (dashboard, catalog, My path, giving; a pause of one to three seconds between pages) for
 *     {@code load.browsing-minutes}.</li>
 * </ol>
 * A page is what a browser's first load of it asks of the server: the bootstrap page of the route, then Vaadin's
 * init request, whose answer is the route's first UIDL (the rendered view). In-app navigation over the UIDL
 * protocol (one round trip on an open UI) is not simulated; each page is a fresh UI in the member's session.
 * Static resources (the frontend bundle) are not fetched: a browser caches them.
 * Run: {@code ./mvnw -Pload [-Dload.portal=http://127.0.0.1:8080] [-Dload.storm-members=2000] ...}.
 */
public class LoginStormSimulation extends Simulation {

    private static final String PORTAL = System.getProperty("load.portal", "http://127.0.0.1:8080");
    private static final int STORM_MEMBERS = Integer.getInteger("load.storm-members", 2_000);
    private static final int STORM_SECONDS = Integer.getInteger("load.storm-seconds", 60);
    private static final int BROWSING_MEMBERS = Integer.getInteger("load.browsing-members", 500);
    private static final int BROWSING_MINUTES = Integer.getInteger("load.browsing-minutes", 5);
    /** Browsers come after the storm's members, so they sign in afresh. */
    private static final int FIRST_BROWSER = STORM_MEMBERS + 1;
    private static final List<String> PAGES = List.of("dashboard", "courses", "my-path", "giving");
    /** What Vaadin's client sends about the browser with its init request. */
    private static final String BROWSER = "&v-sw=1920&v-sh=1080&v-wn=load&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false"
            + "&v-tzid=Europe%2FBerlin&v-vw=1440&v-vh=900&v-td=false&v-pr=1&v-np=Linux";

    private final HttpProtocolBuilder protocol = http.baseUrl(PORTAL)
            .acceptHeader("text/html,application/json,*/*")
            .acceptLanguageHeader("en-US,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) LoginStormSimulation")
            .disableCaching();

    {
        ScenarioBuilder storm = scenario("login storm")
                .feed(members(1))
                .exec(signIn())
                .exec(page("dashboard"));
        ScenarioBuilder browsing = scenario("browsing")
                .feed(members(FIRST_BROWSER))
                .exec(signIn())
                .during(Duration.ofMinutes(BROWSING_MINUTES)).on(
                        exec(session -> session.set("page",
                                PAGES.get(ThreadLocalRandom.current().nextInt(PAGES.size())))),
                        page("#{page}"),
                        pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));
        PopulationBuilder stormUsers = storm.injectOpen(rampUsers(STORM_MEMBERS)
                .during(Duration.ofSeconds(STORM_SECONDS)));
        PopulationBuilder browsingUsers = browsing.injectOpen(rampUsers(BROWSING_MEMBERS)
                .during(Duration.ofSeconds(60)));
        setUp(STORM_MEMBERS > 0 && BROWSING_MEMBERS > 0 ? stormUsers.andThen(browsingUsers)
                : STORM_MEMBERS > 0 ? stormUsers : browsingUsers)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** member-N, member-N+1, ...: each virtual user a different data set member. */
    private static Iterator<Map<String, Object>> members(int first) {
        AtomicInteger next = new AtomicInteger(first);
        return Stream.generate(() -> Map.<String, Object>of("username", "member-" + next.getAndIncrement()))
                .iterator();
    }

    /**
     * The portal sends the visitor to the provider, whose sign-in form carries a CSRF token; the form's answer
     * redirects back to the portal with the code, which the portal exchanges for the tokens before it lands the
     * member on its start page.
     */
    private static ChainBuilder signIn() {
        return exec(http("sign-in: portal to the provider's form").get("/oauth2/authorization/portal")
                .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign-in: form to the portal with the code").post(provider() + "/login")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{username}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), substring("/login?error").notExists()));
    }

    /** The bootstrap page of the route, then the init request that renders it. */
    private static ChainBuilder page(String route) {
        return exec(http("page: " + route).get("/" + route)
                .check(status().is(200), substring("oauth2/authorization").notExists()))
                .exec(http("render: " + route).get("/?v-r=init&location=" + route + "&query=" + BROWSER)
                        .header("Accept", "application/json")
                        .check(status().is(200), substring("\"uidl\"").exists(),
                                substring("oauth2/authorization").notExists()));
    }

    /** The development provider's address, as the portal's registration names it. */
    private static String provider() {
        return System.getProperty("load.provider", "http://127.0.0.1:9000");
    }
}

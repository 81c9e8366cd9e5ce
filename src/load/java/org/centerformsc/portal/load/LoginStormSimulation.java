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

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
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
 * What a browser asks of the server, without static resources (a browser caches the frontend bundle): after the
 * sign-in lands on the dashboard's bootstrap page, Vaadin's init request (the UI, no view yet), then the client's
 * navigation event over the UIDL protocol, whose answer is the rendered view. Every later page is one such
 * in-app navigation on the same UI, as a member clicking through the menu makes; the UIDL's sync and client ids
 * are carried from answer to request as Vaadin's client does. Heartbeats are not sent (every five minutes).
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
            // as a browser asks for a page: a request that prefers JSON is not remembered across the sign-in
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-US,en;q=0.9")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) LoginStormSimulation")
            .disableCaching();

    {
        ScenarioBuilder storm = scenario("login storm")
                .feed(members(1))
                .exec(signIn(), openUi(), navigate("dashboard"));
        ScenarioBuilder browsing = scenario("browsing")
                .feed(members(FIRST_BROWSER))
                .exec(signIn(), openUi(), navigate("dashboard"))
                .exec(session -> session.set("page", "dashboard"))
                .during(Duration.ofMinutes(BROWSING_MINUTES)).on(
                        pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                        exec(session -> session.set("page", nextPage(session.getString("page")))),
                        navigate("#{page}"));
        PopulationBuilder stormUsers = storm.injectOpen(rampUsers(STORM_MEMBERS)
                .during(Duration.ofSeconds(STORM_SECONDS)));
        PopulationBuilder browsingUsers = browsing.injectOpen(rampUsers(BROWSING_MEMBERS)
                .during(Duration.ofSeconds(60)));
        setUp(STORM_MEMBERS > 0 && BROWSING_MEMBERS > 0 ? stormUsers.andThen(browsingUsers)
                : STORM_MEMBERS > 0 ? stormUsers : browsingUsers)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Another page of the menu than the one open: navigating to the open page changes nothing. */
    private static String nextPage(String open) {
        List<String> others = PAGES.stream().filter(page -> !page.equals(open)).toList();
        return others.get(ThreadLocalRandom.current().nextInt(others.size()));
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
                        .check(status().is(200), substring("/login?error").notExists(),
                                substring("window.Vaadin").exists()));
    }

    /** Vaadin's init request from the bootstrap page the sign-in landed on: the UI, its id and its CSRF token. */
    private static ChainBuilder openUi() {
        return exec(http("ui: init").get("/?v-r=init&location=dashboard&query=" + BROWSER)
                .header("Accept", "application/json")
                .check(status().is(200), jsonPath("$.appConfig['v-uiId']").saveAs("uiId"),
                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("uiToken"),
                        jsonPath("$.appConfig.uidl.syncId").saveAs("syncId")))
                .exec(session -> session.set("clientId", 0));
    }

    /** The client's navigation event to the route, answered with the rendered view (or an error, which fails). */
    private static ChainBuilder navigate(String route) {
        return exec(http("page: " + route).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("""
                        {"csrfToken":"#{uiToken}","rpc":[{"type":"event","node":1,"event":"ui-navigate",\
                        "data":{"route":"%s","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
                        "syncId":#{syncId},"clientId":#{clientId}}""".formatted(route)))
                .check(status().is(200), substring("for(;;);").exists(), substring("\"changes\"").exists(),
                        substring("appError").notExists(), substring("Vaadin-Refresh").notExists(),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId")));
    }

    /** The development provider's address, as the portal's registration names it. */
    private static String provider() {
        return System.getProperty("load.provider", "http://127.0.0.1:9000");
    }
}

package org.centerformsc.portal.journeys;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA on every route, for each role that can open it, in English and in Japanese (docs/decisions/019):
 * axe-core finds no serious or critical violation, and at 375 px wide nothing scrolls sideways. Pages reached
 * through an id (a course, a teacher, a replay) are opened from the list that links to them.
 */
class AccessibilityJourneyTest extends JourneyTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final List<String> PUBLIC = List.of("/", "/courses", "/courses/LOMSC-2027-02", "/teachers",
            "/giving", "/campaigns/GIVING-TUESDAY-2026", "/teachers > a[href^='teachers/']", "/privacy",
            "/accessibility", "/account-deleted");
    private static final List<String> PARTICIPANT = List.of("/dashboard", "/courses", "/courses/LOMSC-2027-02",
            "/my-path", "/practice", "/replays", "/replays > a[href^='replays/']", "/profile", "/giving", "/welcome");
    private static final List<String> TEACHER = List.of("/teaching", "/teaching/training",
            "/teaching/directory-profile", "/planning/offerings", "/teaching > a[href^='roster/']");
    private static final List<String> STAFF = List.of("/staff", "/staff/offerings",
            "/staff/offerings > a[href$='/seats']", "/staff/claims", "/staff/applications", "/staff/programs",
            "/staff/rules", "/staff/audit", "/staff/replays", "/staff/gifts", "/staff/campaigns", "/staff/proposals",
            "/staff/training", "/staff/training > a[href^='staff/training/']", "/staff/scholarships",
            "/planning/offerings", "/staff/reports", "/staff/erasures", "/staff/members",
            "/staff/members?q=alex > a[href^='staff/members/']");
    // staff pages share their few layouts (grids, forms, dialogs), which these cover in Japanese: checking all of
    // them twice would take minutes of the test suite for no page type the English pass has not seen
    private static final List<String> STAFF_IN_JAPANESE = List.of("/staff", "/staff/offerings > a[href$='/seats']",
            "/staff/members?q=alex > a[href^='staff/members/']", "/staff/reports", "/planning/offerings");

    private final List<String> problems = new ArrayList<>();

    @Test
    void visitorsPagesPassInEnglishAndJapanese() {
        checkAll("visitor", PUBLIC);
        driver.quit();
        driver = Browser.start("ja", "Asia/Tokyo");
        wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60));
        checkAll("visitor (ja)", PUBLIC);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
        assertThat(problems).isEmpty();
    }

    @Test
    void participantsPagesPassInEnglishAndJapanese() {
        asMember("participant", PARTICIPANT);
    }

    @Test
    void teachersPagesPassInEnglishAndJapanese() {
        asMember("teacher", TEACHER);
    }

    @Test
    void staffPagesPassInEnglishAndJapanese() {
        asMember("staff", STAFF, STAFF_IN_JAPANESE);
    }

    private void asMember(String account, List<String> routes) {
        asMember(account, routes, routes);
    }

    private void asMember(String account, List<String> routes, List<String> inJapanese) {
        signInAt("/profile", account);
        try {
            checkAll(account, routes);
            switchLanguage("日本語", "ja");
            checkAll(account + " (ja)", inJapanese);
        } finally {
            // the demo accounts read English in every other journey
            driver.get(url("/profile"));
            switchLanguage("English", "en");
        }
        assertThat(problems).isEmpty();
    }

    /** With the layout's switcher, as a member would: the page reloads in the new language. */
    private void switchLanguage(String name, String tag) {
        waitForHeading();
        select(By.id("language-switcher"), name);
        wait.until(browser -> tag.equals(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                && !browser.findElements(By.id("view-title")).isEmpty());
        waitForHeading();
    }

    private void checkAll(String who, List<String> routes) {
        for (String route : routes) {
            String[] parts = route.split(" > ", 2);
            open(parts[0]);
            if (parts.length == 2) {
                List<WebElement> links = driver.findElements(By.cssSelector(parts[1]));
                if (links.isEmpty()) {
                    problems.add(who + " " + route + ": no link to follow");
                    continue;
                }
                driver.get(links.get(0).getDomProperty("href"));
                waitForHeading();
            }
            check(who, route);
        }
    }

    private void open(String path) {
        driver.get(url(path));
        waitForHeading();
    }

    private void waitForHeading() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("view-title")));
        // the page renders once more when the browser has told its time zone
        wait.until(browser -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.Vaadin || !Vaadin.Flow || !Vaadin.Flow.clients"
                        + " || Object.values(Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    private void check(String who, String route) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        for (Rule violation : results.getViolations()) {
            if (BLOCKING.contains(violation.getImpact())) {
                problems.add(who + " " + route + ": " + violation.getImpact() + " " + violation.getId() + " ("
                        + violation.getHelp() + ") at " + violation.getNodes().stream().limit(3)
                        .map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
        driver.manage().window().setSize(new Dimension(375, 900));
        try {
            wait.until(browser -> ((Number) driver.executeScript("return window.innerWidth")).intValue() <= 375);
            Number sideways = (Number) driver.executeScript(
                    "return new Promise(r => setTimeout(() => r(document.documentElement.scrollWidth"
                            + " - document.documentElement.clientWidth), 250))");
            if (sideways.intValue() > 0) {
                problems.add(who + " " + route + ": scrolls " + sideways + " px sideways at 375 px");
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}

package org.centerformsc.portal.journeys;

import org.centerformsc.portal.development.DevelopmentIdentityProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.centerformsc.portal.notifications.TestOutbox;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The portal as people use it: the embedded default (development identity provider, demo data) on a real port,
 * headless Chromium in Amsterdam's time zone, the provider's HTML form and back to the portal. Every journey class
 * shares one application (the same configuration, so one cached context) and one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"embedded", "demo"})
abstract class JourneyTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("portal.dev-idp.port", () -> 0);
        // journeys send the outbox themselves (deliverMail): this portal stays alive while later test classes use
        // the same database, and its own sender would take their notifications from under them
        registry.add("portal.notifications.first-send-after", () -> "PT1H");
        registry.add("portal.notifications.send-every", () -> "PT1H");
        registry.add("portal.practice.reminders-first-after", () -> "PT1H");
        // the same folder as the other tests' context: both seed the demo replay into the one shared database
        registry.add("portal.replay.media-folder", () -> "target/test-media");
    }

    /** A failed journey leaves what the browser showed at that moment, before the browser is closed. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
        if (this.driver != null) {
            Browser.screenshot(this.driver, "failed-" + context.getRequiredTestMethod().getName());
        }
        throw failure;
    };

    @Autowired
    DevelopmentIdentityProvider identityProvider;

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    /** What the scheduled sender would send at its next turn, now. */
    void deliverMail() {
        TestOutbox.deliver(applicationContext);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + PORT + path;
    }

    /** Opens a page as this demo account (whose password is its name), through the provider's form when needed. */
    void signInAt(String path, String username) {
        driver.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login, input[name=username]")));
        if (!driver.findElements(By.id("login")).isEmpty()) {
            driver.findElement(By.id("login")).click();
        }
        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
        signIn(driver, username, username);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        if (!URI.create(driver.getCurrentUrl()).getPath().equals(path)) {
            driver.get(url(path));
        }
    }

    /** Logs out of the portal and the provider; the visitor is back on the start page. */
    void logOut() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-view")));
    }

    /** Pages may render once more when the browser has told its time zone: click what is there then. */
    void click(By locator) {
        wait.ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                // a grid that filters as one types re-renders its rows: a link may be hidden for a moment
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(browser -> {
                    WebElement element = browser.findElement(locator);
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                });
    }

    /** Types into a combo box and picks the suggestion with exactly this label. */
    void choose(By comboBox, String typed, String label) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(comboBox)).findElement(By.tagName("input"));
        input.sendKeys(typed);
        click(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']"));
    }

    /** Opens a select and picks the first item whose label starts with this text. */
    void select(By select, String label) {
        click(select);
        // the open overlay's option: the select's own value shows a copy of the chosen item, which is no option
        By option = By.xpath("//vaadin-select-item[@role='option'][starts-with(normalize-space(.), '" + label + "')]");
        wait.ignoring(StaleElementReferenceException.class).until(browser -> browser.findElements(option).stream()
                .filter(WebElement::isDisplayed).findFirst().map(item -> {
                    item.click();
                    return true;
                }).orElse(false));
    }

    /** Types into a field's input (text, number, date or time, as a person would in the browser's language) and leaves it. */
    void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(field)).findElement(By.cssSelector("input, textarea"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        if (input.getTagName().equals("input")) {
            // Enter commits a date or time picker's text; Tab leaves the field so its value reaches the server
            input.sendKeys(Keys.ENTER);
            input.sendKeys(Keys.TAB);
        }
    }

    /** The element's text once the server's last answer is in, without holding on to an element that re-renders. */
    void waitForText(By locator, String contained) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> locator + " to contain \"" + contained + "\" but it read \"" + textOf(locator) + "\"")
                .until(browser -> textOf(locator).contains(contained));
    }

    /**
     * The element's text as a reader sees it, scrolled into view first (text scrolled out of the view's area reads as
     * hidden), with narrow no-break spaces (which some time formats use) as plain spaces.
     */
    String textOf(By locator) {
        List<WebElement> found = driver.findElements(locator);
        if (found.isEmpty()) {
            return "(nothing found)";
        }
        driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", found.get(0));
        return found.get(0).getText().replace('\u202f', ' ');
    }

    static void signIn(WebDriver driver, String username, String password) {
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

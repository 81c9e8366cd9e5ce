package org.centerformsc.portal.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor whose browser speaks Japanese reads the catalog in Japanese, with times in their own zone (Tokyo); a
 * member enrolls in a paid course and pays with the keyboard alone, starting from the skip link.
 */
class KeyboardAndLanguageJourneyTest extends JourneyTest {

    @Test
    void aJapaneseBrowserShowsTheCatalogInJapaneseWithTokyoTimes() {
        driver.quit();
        driver = Browser.start("ja", "Asia/Tokyo");
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        driver.get(url("/courses"));

        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "コース"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
        // Tuesday 9:00 in Los Angeles is Wednesday 2:00 in Tokyo
        By card = By.cssSelector("[data-offering='LOMSC-2027-02']");
        // the February cohort, as a reader finds it: by the month it starts in, named the Japanese way
        select(By.id("filter-month"), "2027年2月");
        waitForText(card, "2027年2月3日(水), 2:00 – 4:00 JST");
        assertThat(textOf(card)).contains("2027年2月2日(火), 9:00 – 11:00 PST").contains("$495.00");
        Browser.screenshot(driver, "catalog-ja");
    }

    @Test
    void aMemberEnrollsAndPaysWithTheKeyboardAlone() {
        signInAt("/courses/MSC-NYC-2027-01", "donor");
        // the view may render the button again while it loads, so look it up anew until it shows
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enroll")));

        // on a page just loaded, the first Tab reaches the skip link, which takes the keyboard to the heading
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enroll")));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        wait.until(browser -> "skip-to-content".equals(activeId()));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(browser -> "view-title".equals(activeId()));

        tabTo("enroll");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitForText(By.id("enrollment-status"), "A seat is held for you");
        tabTo("pay");
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        waitForText(By.id("enrollment-status"), "You are enrolled.");
        assertThat(textOf(By.cssSelector(".paid-line"))).startsWith("Paid");
    }

    /** Tabs forward until the element with this id has the focus, showing its focus ring, as a keyboard user would. */
    private void tabTo(String id) {
        for (int step = 0; step < 80 && !id.equals(activeId()); step++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(activeId()).as("keyboard focus").isEqualTo(id);
        assertThat(driver.findElement(By.id(id)).getDomAttribute("focus-ring")).as("visible focus").isNotNull();
    }

    private String activeId() {
        return (String) driver.executeScript("return document.activeElement && document.activeElement.id");
    }
}

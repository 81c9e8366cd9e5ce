package org.centerformsc.portal.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The member journeys: login and logout, enrolling, replays, giving, the directory and the training pathway. */
class PortalJourneyTest extends JourneyTest {

    @Test
    void participantLogsInOnTheProvidersFormAndIsGreetedByName() {
        driver.get("http://localhost:" + PORT + "/");
        click(By.id("start-login"));

        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
        Browser.screenshot(driver, "login-form");
        signIn(driver, "participant", "participant");

        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Welcome, Alex Morgan"));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/dashboard");
        Browser.screenshot(driver, "dashboard");
    }

    @Test
    void aProtectedPageGoesThroughLoginAndComesBack() {
        driver.get(url("/profile"));

        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
        signIn(driver, "teacher", "teacher");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-view")));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/profile");
        assertThat(driver.findElement(By.id("main-navigation")).getText()).contains("Teaching").doesNotContain("Staff");
    }

    @Test
    void logoutEndsThePortalAndTheProviderSession() {
        driver.get(url("/dashboard"));
        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
        signIn(driver, "staff", "staff");
        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Welcome, Casey Brooks"));

        driver.findElement(By.id("logout")).click();
        // back on the start page, as a visitor
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-login")));
        click(By.id("start-login"));

        // had the provider kept its session, this would sign the member straight back in
        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
        assertThat(driver.findElement(By.name("username")).isDisplayed()).isTrue();
    }

    @Test
    void wrongPasswordStaysOnTheProvidersForm() {
        driver.get(url("/dashboard"));
        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));

        signIn(driver, "participant", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("Invalid credentials");
    }

    @Test
    void visitorBrowsesTheCatalogOnAPhoneWithoutSidewaysScrolling() {
        driver.manage().window().setSize(new Dimension(375, 800));
        driver.get(url("/courses"));

        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Courses"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".offering-card")));
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "catalog-375");
    }

    @Test
    void membersEnrollUntilTheWorkshopIsFullAndTheNextOneJoinsTheWaitlist() {
        signInAt("/courses/SF-2027-02", "participant");
        click(By.id("enroll"));
        // a $95 workshop: the seat is held while the participant pays (the demo's payments confirm at once)
        waitForText(By.id("enrollment-status"), "A seat is held for you until");
        click(By.id("pay"));
        wait.until(ExpectedConditions.textToBe(By.id("enrollment-status"), "You are enrolled."));
        Browser.screenshot(driver, "offering-enrolled");

        driver.get(url("/dashboard"));
        // the browser is in Amsterdam: 8-11 am Pacific on Feb 24 2027 is 5-8 pm there. The page may render once
        // more when the browser has told its zone, so wait for the text rather than hold on to an element.
        String expected = "Wed, Feb 24, 2027, 5:00 PM – 8:00 PM CET (8:00 AM – 11:00 AM PST)";
        wait.ignoring(StaleElementReferenceException.class).until(browser -> expected.equals(
                browser.findElement(By.id("next-session-when")).getText().replace('\u202f', ' ')));
        assertThat(driver.findElement(By.id("my-courses")).getText()).contains("Self-Forgiveness");
        Browser.screenshot(driver, "dashboard-enrolled");
        logOut();

        signInAt("/courses/SF-2027-02", "donor");
        click(By.id("enroll"));
        click(By.id("pay"));
        wait.until(ExpectedConditions.textToBe(By.id("enrollment-status"), "You are enrolled."));
        logOut();

        signInAt("/courses/SF-2027-02", "teacher");
        wait.until(ExpectedConditions.textToBe(By.id("enroll"), "Join the waitlist"));
        click(By.id("enroll"));
        wait.until(ExpectedConditions.textToBe(By.id("enrollment-status"), "You are number 1 on the waitlist."));
    }

    @Test
    void aMemberWithAccessWatchesTheSampleReplayWithCaptionsAndResumesOnAnotherDevice() {
        signInAt("/replays", "participant");
        click(By.cssSelector("[data-replay] h2 a"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("replay-video")));

        // muted, because browsers only autoplay muted media; then wait for real playback and loaded captions
        wait.until(browser -> (Boolean) driver.executeScript("""
                const v = document.getElementById('replay-video');
                if (v.paused) { v.muted = true; v.play(); }
                const showing = Array.from(v.textTracks).filter(t => t.mode === 'showing');
                return v.currentTime > 3 && showing.length === 1 && showing[0].language === 'en'
                    && showing[0].cues !== null && showing[0].cues.length > 0;"""));
        Browser.screenshot(driver, "replay-playing");
        long stoppedAt = ((Number) driver.executeScript("""
                const v = document.getElementById('replay-video'); v.pause(); return Math.floor(v.currentTime);"""))
                .longValue();
        String player = driver.getCurrentUrl();

        ChromeDriver otherDevice = Browser.start();
        try {
            otherDevice.get(player);
            WebDriverWait otherWait = new WebDriverWait(otherDevice, Duration.ofSeconds(60));
            otherWait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
            signIn(otherDevice, "participant", "participant");
            otherWait.until(browser -> ((Number) ((ChromeDriver) browser).executeScript("""
                    const v = document.getElementById('replay-video');
                    return v === null ? -1 : v.currentTime;""")).doubleValue() >= stoppedAt - 1);
        } finally {
            otherDevice.quit();
        }
    }

    @Test
    void theMediaAddressIsUselessToAnotherMember() {
        signInAt("/replays", "donor");
        Object status = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/media/replays/' + document.querySelector('[data-replay]').dataset.replay, {headers: {Range: 'bytes=0-10'}})
                    .then(r => done(r.status));""");
        assertThat(((Number) status).intValue()).isEqualTo(403);
    }

    @Test
    void aDonorSetsUpAMonthlyGiftAndRaisesIt() {
        signInAt("/giving", "donor");
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='monthly']"));
        click(By.id("give"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-giving"), "$25.00 monthly"));

        click(By.xpath("//vaadin-button[normalize-space(.)='Change amount']"));
        WebElement amount = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-amount input")));
        amount.sendKeys("30");
        click(By.id("confirm-change"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-giving"), "$30.00 monthly"));
        assertThat(driver.findElement(By.id("gift-history")).getText()).contains("$25.00");
        Browser.screenshot(driver, "giving-monthly");
    }

    @Test
    void aVisitorFindsACertifiedDutchTeacherNearUtrecht() {
        driver.get(url("/teachers"));
        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Find a teacher"));

        choose(By.id("filter-near"), "Utrecht", "Utrecht, Netherlands");
        wait.until(ExpectedConditions.urlContains("near=2745912"));
        assertThat(driver.findElement(By.id("filter-within")).getText()).contains("50 km");
        click(By.id("filter-level"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Certified teacher']"));
        choose(By.id("filter-language"), "Dutch", "Dutch");

        wait.until(ExpectedConditions.textToBe(By.id("directory-count"), "1 teacher found"));
        WebElement results = driver.findElement(By.id("directory-results"));
        wait.until(browser -> results.getText().contains("Eva de Vries"));
        assertThat(results.getText()).contains("Amersfoort, Netherlands · 19 km away").doesNotContain("Pieter");
        assertThat(driver.getCurrentUrl()).contains("near=2745912").contains("km=50").contains("level=CERTIFIED")
                .contains("lang=nl");
        Browser.screenshot(driver, "directory-utrecht");

        click(By.linkText("Eva de Vries"));
        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Eva de Vries"));
        assertThat(driver.findElement(By.id("teacher-offerings")).getText()).contains("8 weken in Utrecht");
        Browser.screenshot(driver, "teacher-profile");
    }

    @Test
    void theDemoTeacherSeesConsultationsToGoAndWhenTheRenewalIsDue() {
        signInAt("/teaching/training", "teacher");

        wait.until(ExpectedConditions.textToBe(By.id("training-level"), "Training level: Certified teacher"));
        String due = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.US).format(java.time.LocalDate.now().plusDays(40));
        assertThat(driver.findElement(By.id("training-next")).getText()).contains("Renewal due " + due);
        assertThat(driver.findElement(By.id("training-renewal")).getText())
                .contains("Mentor consultations this cycle: 2 of 4 (2 to go)");
        assertThat(driver.findElement(By.id("training-deadlines")).getText()).contains("Renewal due " + due)
                .contains("due soon");
        Browser.screenshot(driver, "my-training");
    }
}

package org.centerformsc.portal.journeys;

import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor who is not logged in gives once with their name and e-mail, and finds the receipt in their mail. */
class GuestGivingJourneyTest extends JourneyTest {

    @Test
    void aVisitorGivesTwentyDollarsOnceAndReceivesTheReceipt() throws Exception {
        String email = "journey-" + UUID.randomUUID() + "@guests.test.centerformsc.invalid";
        driver.get(url("/giving"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guest-name")));
        assertThat(driver.findElements(By.id("logout"))).as("nobody is logged in").isEmpty();

        type(By.id("guest-name"), "Jo Journey");
        type(By.id("guest-email"), email);
        type(By.id("give-amount"), "20");
        click(By.id("give"));

        waitForText(By.id("giving-thanks"), "Thank you, Jo Journey. Your gift of $20.00 is received; the receipt is"
                + " on its way to " + email + ".");
        Browser.screenshot(driver, "giving-guest");
        List<MimeMessage> mail = wait.until(browser -> TestMail.to(email).isEmpty() ? null : TestMail.to(email));
        assertThat(mail).singleElement().satisfies(receipt -> {
            assertThat(receipt.getSubject()).isEqualTo("Your gift receipt: $20.00");
            assertThat(TestMail.attachmentTypes(receipt)).singleElement().asString().startsWith("application/pdf");
        });

        driver.manage().window().setSize(new Dimension(375, 800));
        waitForText(By.id("giving-thanks"), "Thank you, Jo Journey.");
        // the view scrolls inside the app layout: neither it nor anything around it may scroll sideways
        Object overflow = driver.executeScript("""
                let widest = 0;
                for (let e = document.getElementById('giving-view'); e; e = e.parentElement) {
                    widest = Math.max(widest, e.scrollWidth - e.clientWidth);
                }
                return widest;""");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "giving-guest-375");
        driver.executeScript("document.getElementById('guest-monthly-note').scrollIntoView({block: 'center'})");
        Browser.screenshot(driver, "giving-guest-375-form");
    }
}

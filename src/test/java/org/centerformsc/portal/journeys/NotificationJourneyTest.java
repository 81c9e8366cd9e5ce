package org.centerformsc.portal.journeys;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The participant enrolls; the confirmation arrives by e-mail with the calendar file, and the bell shows it. */
class NotificationJourneyTest extends JourneyTest {

    private static final String PARTICIPANT_MAIL = "participant@demo.centerformsc.invalid";

    @Autowired
    CatalogService catalog;

    @Test
    void theConfirmationOfAnEnrollmentArrivesByEMailWithItsCalendarFileAndUnderTheBell() throws Exception {
        String title = "Circle of Kindness " + UUID.randomUUID().toString().substring(0, 4);
        TestOffering course = TestOffering.offering().title(title).capacity(12).weeklySessions(3)
                .firstSessionAt(Instant.parse("2027-05-04T17:00:00Z"));
        course.create(catalog);

        signInAt("/courses/" + course.code(), "participant");
        waitForText(By.id("enroll"), "Enroll");
        int unreadBefore = unread();
        // the page renders once more when the browser has told its zone: a click on the first rendering is lost
        wait.until(browser -> {
            if (!browser.findElements(By.id("enrollment-status")).isEmpty()) {
                return true;
            }
            browser.findElements(By.id("enroll")).stream().findFirst().ifPresent(button -> {
                try {
                    button.click();
                } catch (org.openqa.selenium.WebDriverException gone) {
                    // rendered anew meanwhile: the next round clicks the new button
                }
            });
            return false;
        });
        waitForText(By.id("enrollment-status"), "You are enrolled.");

        wait.until(browser -> {
            deliverMail();
            return !confirmations(title).isEmpty();
        });
        MimeMessage mail = confirmations(title).get(0);
        // 17:00 UTC is 10:00 in Los Angeles, where the test course is planned
        assertThat(calendarFile(mail)).contains("SUMMARY:" + title + " (1/3)")
                .contains("DTSTART;TZID=America/Los_Angeles:20270504T100000");
        assertThat(TestMail.text(mail)).contains("You are enrolled in " + title);

        driver.get(url("/dashboard"));
        wait.until(browser -> unread() == unreadBefore + 1);
        Browser.screenshot(driver, "bell-after-enrolling");
        click(By.id("notification-bell"));
        By newest = By.cssSelector("#notifications .notification");
        waitForText(newest, "You are enrolled: " + title);
        waitForText(newest, "Unread");
        Browser.screenshot(driver, "notifications-page");

        click(By.cssSelector("#notifications .notification vaadin-button[theme~='primary']"));
        waitForText(By.id("enrollment-status"), "You are enrolled.");
        wait.until(browser -> unread() == unreadBefore);
    }

    /** The bell's count as its label says it to a screen reader ("Notifications: 2 unread"). */
    private int unread() {
        String label = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(browser ->
                browser.findElement(By.id("notification-bell")).getDomAttribute("aria-label"));
        return Integer.parseInt(label.replaceAll("\\D", ""));
    }

    private static List<MimeMessage> confirmations(String title) {
        return TestMail.to(PARTICIPANT_MAIL).stream().filter(mail -> {
            try {
                return ("You are enrolled: " + title).equals(mail.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String calendarFile(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/calendar")) {
                return new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No calendar file attached");
    }
}

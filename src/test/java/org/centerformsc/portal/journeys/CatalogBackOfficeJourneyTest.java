package org.centerformsc.portal.journeys;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.SharedTestMailServer;
import org.centerformsc.portal.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's back office: staff plan, publish and cancel a run; a teacher proposes one and staff approve it. */
class CatalogBackOfficeJourneyTest extends JourneyTest {

    private static final String PARTICIPANT_MAIL = "participant@demo.centerformsc.invalid";

    @Test
    void staffPublishMarchLiveOnlineMscAParticipantInAmsterdamEnrollsThenStaffCancelIt() {
        signInAt("/planning/offerings", "staff");
        // other tests in the run may have named the program first: its code is what counts
        select(By.id("offering-program"), "Live Online M");
        type(By.id("offering-title"), "Live Online MSC, March 2027");
        weeklyOnTuesdays("3/2/2027", "9:00 AM", "11:00 AM");
        waitForText(By.id("schedule-preview"), "Tue, Mar 30, 2027");
        assertThat(driver.findElement(By.id("offering-code")).findElement(By.tagName("input")).getAttribute("value"))
                .isEqualTo("LOMSC-2027-03");
        type(By.id("offering-joinUrl"), "https://meet.example.org/lomsc-2027-03");
        type(By.id("offering-capacity"), "25");
        type(By.id("offering-price"), "550");
        type(By.id("offering-earlyBirdPrice"), "495");
        type(By.id("offering-earlyBirdUntil"), "2/1/2027");
        Browser.screenshot(driver, "offering-form-filled");
        click(By.id("offering-save"));
        waitForText(By.id("offering-state"), "Draft: members do not see it yet.");
        click(By.id("offering-publish"));
        waitForText(By.id("offering-state"), "Published: members see it in the catalog.");
        logOut();

        // the browser is in Amsterdam: 9 am Pacific on March 2 2027 is 6 pm there
        signInAt("/courses", "participant");
        select(By.id("filter-month"), "March 2027");
        By card = By.cssSelector("[data-offering='LOMSC-2027-03']");
        waitForText(card, "6:00 PM – 8:00 PM CET (9:00 AM – 11:00 AM PST)");
        assertThat(textOf(card)).contains("Live Online MSC, March 2027").contains("$495.00");
        Browser.screenshot(driver, "catalog-march-amsterdam");
        driver.get(url("/courses/LOMSC-2027-03"));
        click(By.id("enroll"));
        // the early bird runs until Feb 1: the participant pays $495, not $550, and sees why before paying
        waitForText(By.id("enrollment-status"), "A seat is held for you until");
        assertThat(textOf(By.id("checkout-price"))).startsWith("You pay $495.00: the early-bird price, until Feb 1, 2027");
        assertThat(textOf(By.id("pay"))).isEqualTo("Pay $495.00");
        Browser.screenshot(driver, "checkout-held");
        click(By.id("pay"));
        wait.until(ExpectedConditions.textToBe(By.id("enrollment-status"), "You are enrolled."));
        // the payment's receipt and the seat's confirmation, each once
        wait.until(browser -> noticesTo(PARTICIPANT_MAIL, "Your course payment: Live Online MSC, March 2027",
                "your payment of $495.00") == 1
                && noticesTo(PARTICIPANT_MAIL, "You are enrolled: Live Online MSC, March 2027", "") == 1);
        driver.get(url("/dashboard"));
        By myCourse = By.cssSelector("#my-courses [data-offering='LOMSC-2027-03']");
        waitForText(myCourse, "Paid $495.00 (early-bird price). Receipt (PDF)");
        // the page renders once more when the browser has told its zone: fetch what the page links to then
        wait.until(browser -> "%PDF-".equals(driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector("#my-courses [data-offering='LOMSC-2027-03'] a.course-receipt").href)
                    .then(r => r.arrayBuffer())
                    .then(b => done(new TextDecoder().decode(new Uint8Array(b).slice(0, 5))), () => done(''));""")));
        Browser.screenshot(driver, "dashboard-paid");
        logOut();

        int mailBefore = noticesTo(PARTICIPANT_MAIL, "Cancelled: Live Online MSC, March 2027", "");
        signInAt("/staff/offerings", "staff");
        type(By.id("offerings-search"), "LOMSC-2027-03");
        click(By.linkText("LOMSC-2027-03"));
        waitForText(By.id("seats-summary"), "1 of 25 seats taken");
        click(By.id("edit-offering"));
        waitForText(By.id("offering-state"), "Published");
        assertThat(driver.findElement(By.cssSelector("#offering-code input")).getDomProperty("value"))
                .isEqualTo("LOMSC-2027-03");
        click(By.id("offering-cancel"));
        type(By.id("planning-dialog-text"), "Our teacher cannot teach in March; the April cohort has room for you.");
        click(By.id("planning-dialog-confirm"));
        waitForText(By.id("offering-state"), "Cancelled. Reason: Our teacher cannot teach in March");
        logOut();

        signInAt("/dashboard", "participant");
        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Welcome, Alex Morgan"));
        assertThat(driver.findElement(By.id("dashboard-view")).getDomProperty("textContent")).doesNotContain("Live Online MSC, March 2027");
        wait.until(browser -> noticesTo(PARTICIPANT_MAIL, "Cancelled: Live Online MSC, March 2027", "") > mailBefore);
        // and the $495 went back in full
        wait.until(browser -> noticesTo(PARTICIPANT_MAIL, "Your course payment: Live Online MSC, March 2027",
                "we have refunded your payment of $495.00 in full") == 1);
        driver.get(url("/courses/LOMSC-2027-03"));
        waitForText(By.id("offering-cancelled"), "This offering was cancelled. The reason: Our teacher cannot teach");
        assertThat(driver.findElements(By.id("enroll"))).isEmpty();
    }

    @Test
    void theDemoTeacherProposesStaffApproveAndItIsListedOnTheTeachersPage() {
        signInAt("/teaching", "teacher");
        click(By.linkText("Propose an offering"));
        select(By.id("offering-program"), "Mindful Self-Compassion");
        type(By.id("offering-title"), "MSC Tuesday evenings with Jordan, April 2027");
        weeklyOnTuesdays("4/6/2027", "6:00 PM", "8:30 PM");
        waitForText(By.id("schedule-preview"), "Tue, May 25, 2027");
        type(By.id("offering-joinUrl"), "https://meet.example.org/msc-jordan");
        type(By.id("offering-capacity"), "24");
        type(By.id("offering-price"), "450");
        click(By.id("offering-save"));
        waitForText(By.id("offering-state"), "Draft: members do not see it yet.");
        click(By.id("offering-submit"));
        waitForText(By.id("offering-state"), "Awaiting staff approval.");
        driver.get(url("/teaching"));
        waitForText(By.id("my-proposals"), "MSC Tuesday evenings with Jordan, April 2027");
        assertThat(textOf(By.id("my-proposals"))).contains("Awaiting staff approval.");
        logOut();

        signInAt("/staff/proposals", "staff");
        waitForText(By.id("proposals"), "MSC Tuesday evenings with Jordan, April 2027");
        Browser.screenshot(driver, "proposals");
        click(By.linkText("MSC Tuesday evenings with Jordan, April 2027"));
        waitForText(By.id("offering-state"), "Awaiting staff approval.");
        click(By.id("offering-publish"));
        waitForText(By.id("offering-state"), "Published: members see it in the catalog.");
        logOut();

        driver.get(url("/courses"));
        select(By.id("filter-month"), "April 2027");
        waitForText(By.id("offerings"), "MSC Tuesday evenings with Jordan, April 2027");
        driver.get(url("/teachers"));
        type(By.id("filter-name"), "Jordan Ellis");
        click(By.linkText("Jordan Ellis"));
        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Jordan Ellis"));
        waitForText(By.id("teacher-offerings"), "MSC Tuesday evenings with Jordan, April 2027");
        Browser.screenshot(driver, "teacher-profile-proposed");
    }

    /** Weekly sessions on Tuesdays, eight weeks from the first date, dates and times typed as in the US. */
    private void weeklyOnTuesdays(String firstDate, String start, String end) {
        type(By.id("schedule-first"), firstDate);
        select(By.id("schedule-weekday"), "Tuesday");
        type(By.id("schedule-weeks"), "8");
        type(By.id("schedule-start"), start);
        type(By.id("schedule-end"), end);
    }

    /** E-mails to the address with this subject whose text says {@code saying}. */
    /** The messages to this address so far, after sending what the outbox holds. */
    private int noticesTo(String address, String subject, String saying) {
        deliverMail();
        return (int) Arrays.stream(SharedTestMailServer.server().getReceivedMessages())
                .filter(message -> isTo(message, address, subject, saying)).count();
    }

    private static boolean isTo(MimeMessage message, String address, String subject, String saying) {
        try {
            return message.getSubject().equals(subject)
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().contains(address))
                    && TestMail.text(message).contains(saying);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

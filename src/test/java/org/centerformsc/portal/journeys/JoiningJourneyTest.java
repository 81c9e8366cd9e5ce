package org.centerformsc.portal.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person joins with nothing but the portal: Sign up on the start page, an account on the development
 * provider, the welcome in Spanish, and a Spanish dashboard; the welcome is not asked again at the next sign-in.
 */
class JoiningJourneyTest extends JourneyTest {

    private static final String PASSWORD = "calma y bondad";

    @Test
    void aNewPersonSignsUpCompletesTheWelcomeInSpanishAndLandsOnASpanishDashboard() {
        String email = "lucia-" + UUID.randomUUID() + "@example.org";
        driver.get(url("/"));
        click(By.id("start-signup"));

        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/signup"));
        fillSignUp("Lucía Fernández", email, PASSWORD, "otra cosa");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("repeated-error")));
        assertThat(driver.findElement(By.id("repeated-error")).getText()).isEqualTo("The two passwords are not the same.");
        // what was typed stays, except the passwords
        assertThat(driver.findElement(By.name("email")).getDomProperty("value")).isEqualTo(email);
        fillSignUp(null, null, PASSWORD, PASSWORD);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome-view")));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/welcome");
        // the provider's name, letters and all, is the suggestion
        assertThat(driver.findElement(By.id("welcome-name")).getDomProperty("value")).isEqualTo("Lucía Fernández");
        Browser.screenshot(driver, "welcome-form");
        type(By.id("welcome-name"), "Lucía F.");
        select(By.id("welcome-language"), "Español");
        click(By.id("welcome-save"));

        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Te damos la bienvenida, Lucía F."));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/dashboard");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(driver.findElement(By.id("signed-in-name")).getText()).isEqualTo("Lucía F.");
        Browser.screenshot(driver, "dashboard-es");

        logOut();
        click(By.id("start-login"));
        wait.until(ExpectedConditions.urlContains(identityProvider.issuer() + "/login"));
        signIn(driver, email, PASSWORD);
        wait.until(ExpectedConditions.textToBe(By.id("view-title"), "Te damos la bienvenida, Lucía F."));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/dashboard");

        // and when they leave, their account goes: logged out onto the page that says what was kept and why
        driver.get(url("/profile"));
        click(By.id("delete-account"));
        wait.until(browser -> browser.findElement(By.id("delete-account-confirm")).getDomAttribute("disabled") != null);
        type(By.id("delete-confirmation"), "ELIMINAR");
        wait.until(browser -> browser.findElement(By.id("delete-account-confirm")).getDomAttribute("disabled") == null);
        click(By.id("delete-account-confirm"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-deleted-view")));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/account-deleted");
        assertThat(driver.findElement(By.id("account-deleted-view")).getText()).contains("Tu cuenta se ha eliminado");
        assertThat(driver.findElements(By.id("logout"))).as("signed out").isEmpty();
    }

    /** Types into the provider's sign-up form (null: leave the field as it is) and sends it. */
    private void fillSignUp(String name, String email, String password, String repeated) {
        enter("name", name);
        enter("email", email);
        enter("password", password);
        enter("repeated", repeated);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void enter(String field, String text) {
        if (text != null) {
            driver.findElement(By.name(field)).clear();
            driver.findElement(By.name(field)).sendKeys(text);
        }
    }
}

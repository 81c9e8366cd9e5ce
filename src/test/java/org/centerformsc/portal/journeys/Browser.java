package org.centerformsc.portal.journeys;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Headless Debian Chromium driven by the Debian ChromeDriver. Paths are explicit so Selenium never tries to
 * download a browser; the flags keep Chromium off the network it has no business with.
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static ChromeDriver start() {
        return start("en-US", "Europe/Amsterdam");
    }

    /** A browser that asks for pages in {@code language} and lives in {@code zone}. */
    static ChromeDriver start(String language, String zone) {
        return start(language, zone, null);
    }

    /** A browser that saves downloads into {@code downloads}, without asking. */
    static ChromeDriver startDownloadingTo(Path downloads) {
        ChromeDriver driver = start("en-US", "Europe/Amsterdam", downloads);
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        return driver;
    }

    private static ChromeDriver start(String language, String zone, Path downloads) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser journeys need Debian's Chromium: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        try {
            Path profile = Files.createTempDirectory("portal-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless",
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--autoplay-policy=no-user-gesture-required", "--user-data-dir=" + profile, "--lang=" + language);
            java.util.Map<String, Object> prefs = new java.util.HashMap<>(java.util.Map.of("intl.accept_languages", language));
            if (downloads != null) {
                prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
                prefs.put("download.prompt_for_download", false);
            }
            options.setExperimentalOption("prefs", prefs);
            // a zone other than the offerings' and the server's, so that "in your own time zone" is really tested
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                    .withEnvironment(java.util.Map.of("TZ", zone)).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a screenshot under target/screenshots for people to look at; tests never compare pixels. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

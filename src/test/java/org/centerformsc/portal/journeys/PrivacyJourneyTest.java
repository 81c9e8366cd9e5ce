package org.centerformsc.portal.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A member downloads their data from Profile; the ZIP holds JSON that parses, and a summary. */
class PrivacyJourneyTest extends JourneyTest {

    @Test
    void aParticipantDownloadsTheirDataAndTheJsonParses() throws IOException {
        Path downloads = Files.createTempDirectory("portal-downloads");
        driver.quit();
        driver = Browser.startDownloadingTo(downloads);
        wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60));
        signInAt("/profile", "participant");

        click(By.id("download-my-data"));
        Path zip = wait.until(browser -> finishedZip(downloads).orElse(null));

        Map<String, JsonNode> files = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), entry.getName().endsWith(".json") ? json.readTree(bytes(in)) : null);
            }
        }
        assertThat(files).containsKeys("profile.json", "gifts.json", "enrollments.json", "completions.json",
                "summary.html");
        assertThat(files.get("profile.json").get("profile").get(0).get("display_name").asText())
                .isEqualTo("Alex Morgan");
        // the 8-week MSC the demo participant has on record
        assertThat(files.get("completions.json").get("completions").size()).isPositive();
        assertThat(files.get("completions.json").get("completions").get(0).get("completed_on").asText())
                .matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(files.get("gifts.json").get("gifts").isArray()).isTrue();
        Browser.screenshot(driver, "profile-your-data");
    }

    private static byte[] bytes(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static Optional<Path> finishedZip(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

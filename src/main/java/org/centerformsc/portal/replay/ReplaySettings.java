package org.centerformsc.portal.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Replay access (portal.replay.*): registrants of a one-session event watch free for {@code registrantDays} after
 * it; participants of a course until {@code courseDays} after its end; a gift of at least {@code giftMinor} minor
 * units to the replay's campaign opens it for a year. Media files live in {@code mediaFolder}.
 */
@ConfigurationProperties("portal.replay")
public record ReplaySettings(Integer registrantDays, Integer courseDays, Long giftMinor, Path mediaFolder) {

    public ReplaySettings {
        registrantDays = registrantDays == null ? 7 : registrantDays;
        courseDays = courseDays == null ? 30 : courseDays;
        giftMinor = giftMinor == null ? 1500 : giftMinor;
        mediaFolder = mediaFolder == null ? Path.of("data", "media") : mediaFolder;
    }
}

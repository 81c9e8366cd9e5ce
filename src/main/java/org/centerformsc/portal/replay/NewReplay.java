package org.centerformsc.portal.replay;

import org.centerformsc.portal.catalog.OfferingId;

import java.time.Instant;
import java.util.List;

/** What staff publish: media is either an external URL or a stored file (from {@code ReplayService.store}). */
public record NewReplay(OfferingId offering, String campaign, String title, Instant recordedAt, int durationSeconds,
                        String externalUrl, String storedFile, String mediaType, String transcript,
                        List<Caption> captions, List<ReplayPlayer.ChapterMark> chapters) {

    public record Caption(String language, String label, String vtt) {
    }
}

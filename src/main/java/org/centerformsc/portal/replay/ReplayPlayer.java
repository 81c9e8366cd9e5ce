package org.centerformsc.portal.replay;

import java.util.List;

/** What the player needs: where the media and captions are, the chapters, the transcript, where to resume. */
public record ReplayPlayer(ReplayCard card, String mediaUrl, String mediaType, List<CaptionTrack> captions,
                           List<ChapterMark> chapters, String transcript) {

    public record CaptionTrack(String language, String label, String url) {
    }

    public record ChapterMark(int startSeconds, String title) {
    }
}

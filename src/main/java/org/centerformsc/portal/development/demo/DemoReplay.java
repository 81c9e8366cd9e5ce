package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.replay.NewReplay;
import org.centerformsc.portal.replay.ReplayPlayer;
import org.centerformsc.portal.replay.ReplayService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The demo's replay: a 30-second self-made sample video with English and Spanish captions (resources/demo/replay). */
final class DemoReplay {

    static final String TITLE = "The Courage to Speak, The Right to Belong (replay)";
    static final String CAMPAIGN = "IWD-2026";
    private static final String FOLDER = "/demo/replay/";

    private DemoReplay() {
    }

    static NewReplay of(OfferingDetails event, ReplayService replays) {
        String stored;
        try (InputStream video = resource("iwd-2026-sample.webm")) {
            stored = replays.store(video, "webm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NewReplay(event.card().id(), CAMPAIGN, TITLE, event.card().firstSessionStart(), 30, null, stored,
                "video/webm", "Welcome to the International Women's Day mini-retreat. Let us begin by settling into "
                + "the body, wherever you are. Notice the breath, and offer yourself a moment of kindness.",
                List.of(new NewReplay.Caption("en", "English", text("iwd-2026-sample.en.vtt")),
                        new NewReplay.Caption("es", "Español", text("iwd-2026-sample.es.vtt"))),
                List.of(new ReplayPlayer.ChapterMark(0, "Welcome"), new ReplayPlayer.ChapterMark(12, "Practice"),
                        new ReplayPlayer.ChapterMark(20, "Closing")));
    }

    private static InputStream resource(String name) {
        InputStream stream = DemoReplay.class.getResourceAsStream(FOLDER + name);
        if (stream == null) {
            throw new IllegalStateException("Missing demo resource " + name);
        }
        return stream;
    }

    private static String text(String name) {
        try (InputStream stream = resource(name)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

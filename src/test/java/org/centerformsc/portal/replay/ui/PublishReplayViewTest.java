package org.centerformsc.portal.replay.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.replay.ReplayCard;
import org.centerformsc.portal.replay.ReplayRefused;
import org.centerformsc.portal.replay.ReplayService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishReplayViewTest extends KaribuTest {

    @Autowired
    ReplayService replays;

    @Test
    void staffPublishAnUploadedVideoWithCaptionsAndChapters() {
        signInAs("publish-staff", "Pax Publisher", Roles.STAFF);
        UI.getCurrent().navigate(PublishReplayView.class);
        PublishReplayView view = _get(PublishReplayView.class);
        _setValue(view.title, "Uploaded replay for a test");
        _setValue(view.recorded, LocalDateTime.of(2026, 3, 7, 16, 0));
        _setValue(view.minutes, 2);
        _upload(view.videoUpload, "talk.webm", "video/webm", new byte[]{26, 69, (byte) 223, (byte) 163});
        _upload(view.captionUpload, "talk.vtt", "text/vtt",
                "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n".getBytes(StandardCharsets.UTF_8));
        _setValue(view.chapters, "0:00 Welcome\n1:10 Practice");

        _click(_get(Button.class, spec -> spec.withId("publish-replay")));

        assertThat(_get(Span.class, spec -> spec.withId("publish-error")).getText()).isEmpty();
        ReplayCard card = replays.myReplays().stream().filter(r -> r.title().equals("Uploaded replay for a test"))
                .findFirst().orElseThrow();
        var player = replays.player(card.id());
        assertThat(player.mediaUrl()).isEqualTo("/media/replays/" + card.id().value());
        assertThat(player.captions()).singleElement().satisfies(track -> assertThat(track.language()).isEqualTo("en"));
        assertThat(player.chapters()).extracting(chapter -> chapter.startSeconds()).containsExactly(0, 70);
    }

    @Test
    void missingPiecesAreNamedAndNothingIsPublished() {
        signInAs("publish-staff-2", "Pia Publisher", Roles.STAFF);
        UI.getCurrent().navigate(PublishReplayView.class);
        PublishReplayView view = _get(PublishReplayView.class);
        long before = replays.myReplays().size();

        _click(_get(Button.class, spec -> spec.withId("publish-replay")));
        assertThat(error()).isEqualTo("Give the replay a title (up to 200 characters).");

        _setValue(view.title, "Half a replay");
        _setValue(view.recorded, LocalDateTime.of(2026, 3, 7, 16, 0));
        _setValue(view.minutes, 30);
        _click(_get(Button.class, spec -> spec.withId("publish-replay")));
        assertThat(error()).isEqualTo("Upload a video file or give an external link, not both.");

        _setValue(view.externalUrl, "http://insecure.example.org/video");
        _click(_get(Button.class, spec -> spec.withId("publish-replay")));
        assertThat(error()).isEqualTo("An external link must start with https://.");

        assertThat(replays.myReplays()).hasSize((int) before);
    }

    @Test
    void chapterLinesMustStartWithATime() {
        assertThat(PublishReplayView.chapters("1:02:03 Long one")).singleElement()
                .satisfies(mark -> assertThat(mark.startSeconds()).isEqualTo(3723));
        assertThatThrownBy(() -> PublishReplayView.chapters("Welcome at the start"))
                .isInstanceOf(ReplayRefused.class);
    }

    @Test
    void teachersCannotPublish() {
        signInAs("publish-teacher", "Ted Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(PublishReplayView.class);

        assertThat(_find(PublishReplayView.class)).isEmpty();
    }

    private static String error() {
        return _get(Span.class, spec -> spec.withId("publish-error")).getText();
    }
}

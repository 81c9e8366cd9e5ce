package org.centerformsc.portal.replay.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.replay.ReplayId;
import org.centerformsc.portal.replay.ReplayPlayer;
import org.centerformsc.portal.replay.ReplayService;

import java.time.Clock;
import java.time.ZoneId;
import java.util.NoSuchElementException;

/**
 * The player: the browser's own video element with captions, a chapter list and the transcript. The position is
 * sent to the server every 5 seconds while playing and on pause or leaving, and playback resumes from it.
 */
@Route("replays/:id")
@PermitAll
class ReplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SAVE_EVERY_SECONDS = 5;

    private final ReplayService replays;
    private final MemberService members;
    private final Clock clock;
    private ReplayPlayer player;
    private Element video;

    ReplayView(ReplayService replays, MemberService members, Clock clock) {
        this.replays = replays;
        this.members = members;
        this.clock = clock;
        setId("replay-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            player = replays.player(new ReplayId(id));
        } catch (NumberFormatException | NoSuchElementException notAReplay) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        add(new ViewHeader(player.card().title(), AccessText.of(this, player.card().access(), clock.instant(),
                members.preferredZone().orElse(ZoneId.of("UTC")), getLocale())));
        if (player.mediaUrl() == null) {
            add(new Paragraph(getTranslation("replay.locked")), new Anchor("replays", getTranslation("nav.replays")));
            return;
        }
        if (player.mediaType() == null) {
            Anchor external = new Anchor(player.mediaUrl(), getTranslation("replay.external"));
            external.setTarget("_blank");
            add(external);
            return;
        }
        add(videoElement(), chapters(), transcript());
    }

    private Div videoElement() {
        video = new Element("video");
        video.setAttribute("id", "replay-video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("playsinline", true);
        video.setAttribute("crossorigin", "use-credentials");
        video.setAttribute("aria-label", player.card().title());
        Element source = new Element("source");
        source.setAttribute("src", player.mediaUrl());
        source.setAttribute("type", player.mediaType());
        video.appendChild(source);
        String shownFirst = defaultCaptionLanguage();
        for (ReplayPlayer.CaptionTrack caption : player.captions()) {
            Element track = new Element("track");
            track.setAttribute("kind", "captions");
            track.setAttribute("srclang", caption.language());
            track.setAttribute("label", caption.label());
            track.setAttribute("src", caption.url());
            if (caption.language().equals(shownFirst)) {
                track.setAttribute("default", true);
            }
            video.appendChild(track);
        }
        Div frame = new Div();
        frame.addClassName("video-frame");
        frame.getElement().appendChild(video);
        return frame;
    }

    /** Captions in the member's language when there are some, else English, else the first. */
    private String defaultCaptionLanguage() {
        String mine = getLocale().getLanguage();
        return player.captions().stream().map(ReplayPlayer.CaptionTrack::language)
                .filter(language -> language.equals(mine)).findFirst()
                .or(() -> player.captions().stream().map(ReplayPlayer.CaptionTrack::language)
                        .filter("en"::equals).findFirst())
                .orElse(player.captions().isEmpty() ? "" : player.captions().get(0).language());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (video == null) {
            return;
        }
        // resume where the member stopped; report the position while playing, on pause and when leaving
        video.executeJs("""
                const v = this, view = $0, resumeAt = $1, every = $2 * 1000;
                let last = 0;
                const report = () => view.$server.savePosition(Math.floor(v.currentTime));
                v.addEventListener('loadedmetadata', () => { if (resumeAt > 0) v.currentTime = resumeAt; }, {once: true});
                if (v.readyState >= 1 && resumeAt > 0) v.currentTime = resumeAt;
                v.addEventListener('timeupdate', () => {
                  const now = Date.now();
                  if (now - last >= every) { last = now; report(); }
                });
                v.addEventListener('pause', report);
                document.addEventListener('visibilitychange', () => { if (document.hidden) report(); });""",
                getElement(), player.card().positionSeconds(), SAVE_EVERY_SECONDS);
    }

    @ClientCallable
    void savePosition(int seconds) {
        replays.savePosition(player.card().id(), seconds);
    }

    private Div chapters() {
        Div chapters = new Div(new H2(getTranslation("replay.chapters")));
        chapters.setId("chapters");
        for (ReplayPlayer.ChapterMark chapter : player.chapters()) {
            Button jump = new Button(String.format("%d:%02d", chapter.startSeconds() / 60, chapter.startSeconds() % 60)
                    + "  " + chapter.title(), click -> video.executeJs("this.currentTime = $0; this.play();",
                    chapter.startSeconds()));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            chapters.add(new Div(jump));
        }
        chapters.setVisible(!player.chapters().isEmpty());
        return chapters;
    }

    private Details transcript() {
        Paragraph text = new Paragraph(player.transcript() == null ? "" : player.transcript());
        text.addClassName("transcript");
        Details details = new Details(getTranslation("replay.transcript"), text);
        details.setId("transcript");
        details.setVisible(player.transcript() != null && !player.transcript().isBlank());
        return details;
    }

    @Override
    public String getPageTitle() {
        return (player == null ? "" : player.card().title() + " | ") + getTranslation("app.title");
    }
}

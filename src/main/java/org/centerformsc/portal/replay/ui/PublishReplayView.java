package org.centerformsc.portal.replay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.FileBuffer;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.replay.NewReplay;
import org.centerformsc.portal.replay.ReplayPlayer;
import org.centerformsc.portal.replay.ReplayRefused;
import org.centerformsc.portal.replay.ReplayService;
import org.centerformsc.portal.security.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Staff publish a replay: an uploaded video (streamed by the portal) or an external host's URL, with captions. */
@Route("staff/replays")
@RolesAllowed(Roles.STAFF)
class PublishReplayView extends VerticalLayout implements HasDynamicTitle {

    final TextField title = new TextField();
    final ComboBox<OfferingCard> offering = new ComboBox<>();
    final Select<String> campaign = new Select<>();
    final DateTimePicker recorded = new DateTimePicker();
    final IntegerField minutes = new IntegerField();
    final TextField externalUrl = new TextField();
    final FileBuffer video = new FileBuffer();
    final Upload videoUpload = new Upload(video);
    final TextField captionLanguage = new TextField();
    final MemoryBuffer captions = new MemoryBuffer();
    final Upload captionUpload = new Upload(captions);
    final TextArea chapters = new TextArea();
    final TextArea transcript = new TextArea();
    final Span error = new Span();
    private final ReplayService replays;

    PublishReplayView(ReplayService replays, CatalogService catalog, CampaignService campaigns) {
        this.replays = replays;
        setId("publish-replay-view");
        add(new ViewHeader(getTranslation("staff.replays"), getTranslation("staff.replays.lead")));
        title.setLabel(getTranslation("staff.replays.title"));
        title.setMaxLength(200);
        offering.setLabel(getTranslation("staff.replays.offering"));
        offering.setItems(query -> catalog.searchOfferings(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        offering.setItemLabelGenerator(card -> card.title() + " (" + card.code() + ")");
        campaign.setLabel(getTranslation("staff.replays.campaign"));
        campaign.setHelperText(getTranslation("staff.replays.campaign.help"));
        Map<String, String> names = campaigns.campaignNames();
        campaign.setItems(names.keySet());
        campaign.setItemLabelGenerator(code -> code == null ? "" : names.get(code) + " (" + code + ")");
        campaign.setEmptySelectionAllowed(true);
        campaign.setEmptySelectionCaption(getTranslation("staff.replays.nocampaign"));
        campaign.setPlaceholder(getTranslation("staff.replays.nocampaign"));
        recorded.setLabel(getTranslation("staff.replays.recorded"));
        minutes.setLabel(getTranslation("staff.replays.minutes"));
        minutes.setMin(1);
        externalUrl.setLabel(getTranslation("staff.replays.url"));
        videoUpload.setAcceptedFileTypes("video/webm", "video/mp4", ".webm", ".mp4");
        videoUpload.setMaxFiles(1);
        captionLanguage.setLabel(getTranslation("staff.replays.captionlanguage"));
        captionLanguage.setValue("en");
        captionUpload.setAcceptedFileTypes("text/vtt", ".vtt");
        captionUpload.setMaxFiles(1);
        captionUpload.setMaxFileSize(1024 * 1024);
        chapters.setLabel(getTranslation("staff.replays.chapters"));
        chapters.setPlaceholder(getTranslation("staff.replays.chapters.example"));
        transcript.setLabel(getTranslation("staff.replays.transcript"));
        error.setId("publish-error");
        error.addClassName("error-text");
        Button publish = new Button(getTranslation("staff.replays.publish"), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-replay");
        FormLayout form = new FormLayout(title, offering, campaign, recorded, minutes, externalUrl,
                new Span(getTranslation("staff.replays.file")), videoUpload, captionLanguage,
                new Span(getTranslation("staff.replays.captions")), captionUpload, chapters, transcript);
        add(form, error, publish);
    }

    void publish() {
        try {
            String stored = video.getFileName() == null || video.getFileName().isBlank() ? null : storeVideo();
            String vtt = captions.getFileName() == null || captions.getFileName().isBlank() ? null
                    : new String(captions.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String language = captionLanguage.getValue().isBlank() ? "en" : captionLanguage.getValue().strip();
            replays.publish(new NewReplay(offering.getValue() == null ? null : offering.getValue().id(),
                    campaign.getValue(), title.getValue(),
                    recorded.getValue() == null ? null : recorded.getValue().toInstant(ZoneOffset.UTC),
                    minutes.getValue() == null ? 0 : minutes.getValue() * 60, externalUrl.getValue(), stored,
                    stored == null ? null : mediaType(video.getFileName()), transcript.getValue(),
                    vtt == null ? List.of() : List.of(new NewReplay.Caption(language,
                            Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(language)), vtt)),
                    chapters(chapters.getValue())));
            Notification.show(getTranslation("staff.replays.published"));
            error.setText("");
        } catch (ReplayRefused refused) {
            error.setText(getTranslation(refused.messageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String storeVideo() throws IOException {
        try (InputStream content = video.getInputStream()) {
            return replays.store(content, video.getFileName().toLowerCase(Locale.ROOT).endsWith(".mp4") ? "mp4" : "webm");
        }
    }

    private static String mediaType(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".mp4") ? "video/mp4" : "video/webm";
    }

    /** "12:30 Practice" per line; lines that do not start with a time are refused, not skipped. */
    static List<ReplayPlayer.ChapterMark> chapters(String text) {
        List<ReplayPlayer.ChapterMark> marks = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            String[] clock = parts[0].split(":");
            if (parts.length < 2 || clock.length < 2 || clock.length > 3) {
                throw new ReplayRefused("replay.refused.chapters");
            }
            try {
                int seconds = 0;
                for (String unit : clock) {
                    seconds = seconds * 60 + Integer.parseInt(unit);
                }
                marks.add(new ReplayPlayer.ChapterMark(seconds, parts[1]));
            } catch (NumberFormatException notATime) {
                throw new ReplayRefused("replay.refused.chapters");
            }
        }
        return marks;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.replays") + " | " + getTranslation("app.title");
    }
}

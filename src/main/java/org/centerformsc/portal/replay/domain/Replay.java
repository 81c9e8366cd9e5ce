package org.centerformsc.portal.replay.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A recording of an offering or event, with captions, chapters and transcript. */
@Entity
@Table(name = "replay")
public class Replay {

    @Embeddable
    public record Caption(@Column(name = "language") String language, @Column(name = "label") String label,
                          @Column(name = "vtt", columnDefinition = "MEDIUMTEXT") String vtt) {
    }

    @Embeddable
    public record Chapter(@Column(name = "start_seconds") int startSeconds, @Column(name = "title") String title) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "offering_id")
    private Long offeringId;

    private String campaign;

    @Column(nullable = false)
    private String title;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @Column(name = "external_url")
    private String externalUrl;

    @Column(name = "media_file")
    private String mediaFile;

    @Column(name = "media_type")
    private String mediaType;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String transcript;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "replay_caption", joinColumns = @JoinColumn(name = "replay_id"))
    @jakarta.persistence.OrderBy("language")
    private List<Caption> captions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "replay_chapter", joinColumns = @JoinColumn(name = "replay_id"))
    @OrderColumn(name = "position")
    private List<Chapter> chapters = new ArrayList<>();

    protected Replay() {
    }

    public Replay(Long offeringId, String campaign, String title, Instant recordedAt, int durationSeconds,
                  String externalUrl, String mediaFile, String mediaType, String transcript, List<Caption> captions,
                  List<Chapter> chapters, Instant now) {
        if ((externalUrl == null) == (mediaFile == null)) {
            throw new IllegalArgumentException("A replay has either an external URL or a stored file");
        }
        if (durationSeconds <= 0) {
            throw new IllegalArgumentException("A replay lasts at least a second");
        }
        this.offeringId = offeringId;
        this.campaign = campaign;
        this.title = title;
        this.recordedAt = recordedAt;
        this.durationSeconds = durationSeconds;
        this.externalUrl = externalUrl;
        this.mediaFile = mediaFile;
        this.mediaType = mediaType;
        this.transcript = transcript;
        this.captions.addAll(captions);
        this.chapters.addAll(chapters);
        this.published = true;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getOfferingId() { return offeringId; }
    public String getCampaign() { return campaign; }
    public String getTitle() { return title; }
    public Instant getRecordedAt() { return recordedAt; }
    public int getDurationSeconds() { return durationSeconds; }
    public String getExternalUrl() { return externalUrl; }
    public String getMediaFile() { return mediaFile; }
    public String getMediaType() { return mediaType; }
    public String getTranscript() { return transcript; }
    public boolean isPublished() { return published; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Caption> getCaptions() { return List.copyOf(captions); }
    public List<Chapter> getChapters() { return List.copyOf(chapters); }
}

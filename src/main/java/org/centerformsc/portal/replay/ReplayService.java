package org.centerformsc.portal.replay;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.replay.domain.Replay;
import org.centerformsc.portal.replay.domain.ReplayAccessRules;
import org.centerformsc.portal.replay.domain.MyReplaysQuery;
import org.centerformsc.portal.replay.domain.ReplayRepository;
import org.centerformsc.portal.replay.domain.WatchPosition;
import org.centerformsc.portal.replay.domain.WatchPositionRepository;
import org.centerformsc.portal.replay.domain.WatchWindows;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Replays and who may watch them. Access is computed on every call from enrollments, gifts and roles; the media
 * and caption endpoints ask this service on every request, so a copied link is worth nothing to someone else.
 */
@Service
public class ReplayService {

    public static final String MEDIA_PATH = "/media/replays/";

    private final ReplayRepository replays;
    private final WatchPositionRepository positions;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final GivingService giving;
    private final CampaignService campaigns;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final ReplaySettings settings;
    private final ReplayAccessRules rules;
    private final WatchWindows windows;
    private final MyReplaysQuery myReplaysQuery;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReplayService(ReplayRepository replays, WatchPositionRepository positions, CatalogService catalog,
                  EnrollmentService enrollment, GivingService giving, CampaignService campaigns, MemberService members,
                  CurrentMember currentMember, ReplaySettings settings, WatchWindows windows,
                  ApplicationEventPublisher events, Clock clock, MyReplaysQuery myReplaysQuery) {
        this.myReplaysQuery = myReplaysQuery;
        this.replays = replays;
        this.positions = positions;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.giving = giving;
        this.campaigns = campaigns;
        this.members = members;
        this.currentMember = currentMember;
        this.settings = settings;
        this.rules = new ReplayAccessRules(settings.registrantDays(), settings.courseDays(), settings.giftMinor());
        this.windows = windows;
        this.events = events;
        this.clock = clock;
    }

    /** Every published replay with the signed-in member's access to it, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReplayCard> myReplays() {
        return mine().all();
    }

    /**
     * The signed-in member's replays and the ones they are part way through, from one statement: what the
     * dashboard and the replay list show (docs/decisions/025).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MyReplays mine() {
        MyReplaysQuery.Result facts = myReplaysQuery.read(members.currentMemberId().value(), rules.giftMinimumMinor());
        boolean staff = currentMember.hasRole(Roles.STAFF);
        Instant now = clock.instant();
        List<ReplayCard> all = new java.util.ArrayList<>();
        List<MyReplaysQuery.Row> opened = new java.util.ArrayList<>();
        Map<Long, ReplayCard> cards = new java.util.HashMap<>();
        for (MyReplaysQuery.Row row : facts.replays()) {
            List<ReplayAccessRules.CampaignGift> gifts = row.campaign() == null ? List.of() : facts.gifts().stream()
                    .filter(gift -> row.campaign().equals(gift.campaign())).map(MyReplaysQuery.Gift::gift).toList();
            Access access = rules.decide(new ReplayAccessRules.Facts(staff, row.enrolledCourseEnd(),
                    row.enrolledCourseEnd() == null ? 0 : row.courseSessions(), gifts, row.campaign() != null), now);
            ReplayCard card = new ReplayCard(new ReplayId(row.id()), row.title(), row.recordedAt(),
                    row.durationSeconds(), access, row.positionSeconds());
            all.add(card);
            cards.put(row.id(), card);
            if (row.updatedAt() != null) {
                opened.add(row);
            }
        }
        List<ReplayCard> started = opened.stream()
                .sorted(java.util.Comparator.comparing(MyReplaysQuery.Row::updatedAt).reversed())
                .map(row -> cards.get(row.id()))
                .filter(card -> card.access().canWatch() && card.positionSeconds() > 0
                        && card.positionSeconds() < card.durationSeconds() - 5)
                .toList();
        return new MyReplays(List.copyOf(all), started);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ReplayPlayer player(ReplayId id) {
        Replay replay = published(id);
        ReplayCard card = card(replay, viewer(List.of(replay)));
        String media = replay.getExternalUrl() != null ? replay.getExternalUrl() : MEDIA_PATH + replay.getId();
        return new ReplayPlayer(card, card.access().canWatch() ? media : null, replay.getMediaType(),
                replay.getCaptions().stream().map(c -> new ReplayPlayer.CaptionTrack(c.language(), c.label(),
                        MEDIA_PATH + replay.getId() + "/captions/" + c.language() + ".vtt")).toList(),
                replay.getChapters().stream().map(c -> new ReplayPlayer.ChapterMark(c.startSeconds(), c.title()))
                        .toList(), card.access().canWatch() ? replay.getTranscript() : null);
    }

    /** Saves where the member is; ignored (not an error) once their access has ended. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void savePosition(ReplayId id, int seconds) {
        Replay replay = published(id);
        Viewer viewer = viewer(List.of(replay));
        if (!access(replay, viewer).canWatch()) {
            return;
        }
        int clamped = Math.max(0, Math.min(seconds, replay.getDurationSeconds()));
        WatchPosition.Key key = new WatchPosition.Key(replay.getId(), viewer.memberId);
        positions.findById(key).ifPresentOrElse(p -> p.move(clamped, clock.instant()),
                () -> positions.save(new WatchPosition(key, clamped, clock.instant())));
    }

    /** The stored file behind a replay, for the streaming endpoint; refused unless the caller may watch now. */
    @Transactional(readOnly = true)
    public MediaFile media(ReplayId id) {
        Replay replay = watchable(id);
        if (replay.getMediaFile() == null) {
            throw new NoSuchElementException("This replay is hosted elsewhere");
        }
        return new MediaFile(settings.mediaFolder().resolve(replay.getMediaFile()), replay.getMediaType());
    }

    @Transactional(readOnly = true)
    public Optional<String> captions(ReplayId id, String language) {
        return watchable(id).getCaptions().stream().filter(c -> c.language().equals(language))
                .map(Replay.Caption::vtt).findFirst();
    }

    /** Replays the member started and has not finished, most recent first: the dashboard's "Continue watching". */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReplayCard> continueWatching() {
        return mine().continueWatching();
    }

    /** Copies an uploaded file into the media folder under a new random name; returns that name. */
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public String store(InputStream content, String extension) {
        String name = UUID.randomUUID() + "." + extension.replaceAll("[^a-z0-9]", "");
        try {
            Files.createDirectories(settings.mediaFolder());
            Files.copy(content, settings.mediaFolder().resolve(name), StandardCopyOption.REPLACE_EXISTING);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public ReplayId publish(NewReplay replay) {
        validate(replay);
        Replay saved = replays.save(new Replay(replay.offering() == null ? null : replay.offering().value(),
                blankToNull(replay.campaign()), replay.title(), replay.recordedAt(), replay.durationSeconds(),
                blankToNull(replay.externalUrl()), blankToNull(replay.storedFile()), replay.mediaType(),
                replay.transcript(), replay.captions().stream()
                .map(c -> new Replay.Caption(c.language(), c.label(), c.vtt())).toList(),
                replay.chapters().stream().map(c -> new Replay.Chapter(c.startSeconds(), c.title())).toList(),
                clock.instant()));
        ReplayId id = new ReplayId(saved.getId());
        events.publishEvent(new ReplayPublished(id, saved.getTitle(), saved.getCreatedAt()));
        return id;
    }

    /** The members who may watch this replay now, each with the end of their window: one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_OR_SYSTEM)
    public List<WatchWindow> openWindows(ReplayId id) {
        return windows.openAt(id, clock.instant());
    }

    /** Members whose window to watch a replay ends in ({@code after}, {@code until}]: one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public List<WatchWindow> windowsEnding(Instant after, Instant until) {
        return windows.endingBetween(after, until);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public boolean exists(String title, OfferingId offering) {
        return replays.existsByTitleAndOfferingId(title, offering == null ? null : offering.value());
    }

    private void validate(NewReplay replay) {
        if (replay.title() == null || replay.title().isBlank() || replay.title().length() > 200) {
            throw new ReplayRefused("replay.refused.title");
        }
        if (replay.campaign() != null && !replay.campaign().isBlank()
                && campaigns.campaign(replay.campaign().strip()).isEmpty()) {
            throw new ReplayRefused("replay.refused.campaign");
        }
        if (replay.recordedAt() == null) {
            throw new ReplayRefused("replay.refused.recorded");
        }
        if (replay.durationSeconds() <= 0 || replay.durationSeconds() > 24 * 3600) {
            throw new ReplayRefused("replay.refused.duration");
        }
        boolean url = replay.externalUrl() != null && !replay.externalUrl().isBlank();
        boolean file = replay.storedFile() != null && !replay.storedFile().isBlank();
        if (url == file) {
            throw new ReplayRefused("replay.refused.source");
        }
        if (url && (!replay.externalUrl().strip().startsWith("https://") || replay.externalUrl().length() > 1000)) {
            throw new ReplayRefused("replay.refused.url");
        }
        if (replay.captions().stream().anyMatch(c -> c.vtt() == null || !c.vtt().startsWith("WEBVTT"))) {
            throw new ReplayRefused("replay.refused.captions");
        }
        if (replay.chapters().stream().anyMatch(c -> c.startSeconds() < 0 || c.startSeconds() >= replay.durationSeconds())) {
            throw new ReplayRefused("replay.refused.chapters");
        }
    }

    private Replay watchable(ReplayId id) {
        if (!currentMember.isSignedIn()) {
            throw new AccessDeniedException("Sign in to watch");
        }
        Replay replay = published(id);
        if (!access(replay, viewer(List.of(replay))).canWatch()) {
            throw new AccessDeniedException("No access to this replay now");
        }
        return replay;
    }

    private Replay published(ReplayId id) {
        return replays.findById(id.value()).filter(Replay::isPublished)
                .orElseThrow(() -> new NoSuchElementException("No such replay"));
    }

    private ReplayCard card(Replay replay, Viewer viewer) {
        int position = positions.findById(new WatchPosition.Key(replay.getId(), viewer.memberId))
                .map(WatchPosition::getPositionSeconds).orElse(0);
        return new ReplayCard(new ReplayId(replay.getId()), replay.getTitle(), replay.getRecordedAt(),
                replay.getDurationSeconds(), access(replay, viewer), position);
    }

    private Access access(Replay replay, Viewer viewer) {
        OfferingDetails offering = replay.getOfferingId() == null ? null
                : viewer.enrolledOfferings.get(replay.getOfferingId());
        List<ReplayAccessRules.CampaignGift> gifts = replay.getCampaign() == null ? List.of() : viewer.gifts.stream()
                .filter(gift -> replay.getCampaign().equals(gift.campaign()))
                .map(gift -> new ReplayAccessRules.CampaignGift(gift.amount().minorUnits(), gift.amount().currency(),
                        gift.givenAt())).toList();
        return rules.decide(new ReplayAccessRules.Facts(viewer.staff,
                offering == null ? null : offering.card().lastSessionEnd(),
                offering == null ? 0 : offering.sessions().size(), gifts, replay.getCampaign() != null), clock.instant());
    }

    /** The signed-in member's facts for these replays, read once per call (gifts only to their campaigns). */
    private Viewer viewer(List<Replay> about) {
        List<OfferingId> enrolled = enrollment.myEnrollments().stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED).map(MyEnrollment::offeringId).toList();
        Map<Long, OfferingDetails> offerings = catalog.offerings(enrolled).stream()
                .collect(Collectors.toMap(d -> d.card().id().value(), d -> d));
        Set<String> campaigns = about.stream().map(Replay::getCampaign).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Viewer(members.currentMemberId().value(), currentMember.hasRole(Roles.STAFF), offerings,
                giving.myGiftsToCampaigns(campaigns, rules.giftMinimumMinor()));
    }

    private record Viewer(long memberId, boolean staff, Map<Long, OfferingDetails> enrolledOfferings,
                          List<GiftSummary> gifts) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The replays a member opened and how far they watched, most recent first: staff's page of the member. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<ReplayWatched> watchedBy(MemberId member) {
        List<WatchPosition> watched = positions.findByKeyMemberIdOrderByUpdatedAtDesc(member.value());
        Map<Long, Replay> byId = replays.findAllById(watched.stream().map(p -> p.getKey().replayId()).toList())
                .stream().collect(Collectors.toMap(Replay::getId, replay -> replay));
        return watched.stream().filter(p -> byId.containsKey(p.getKey().replayId())).map(p -> {
            Replay replay = byId.get(p.getKey().replayId());
            return new ReplayWatched(new ReplayId(replay.getId()), replay.getTitle(), p.getPositionSeconds(),
                    replay.getDurationSeconds(), p.getUpdatedAt());
        }).toList();
    }
}

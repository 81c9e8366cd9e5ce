package org.centerformsc.portal.catalog.domain;

import org.centerformsc.portal.catalog.OfferingStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.OfferingRefused;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.RefundPolicy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One scheduled run (cohort) of a program. Money is in minor units of {@link #currency}. */
@Entity
@Table(name = "offering")
public class Offering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferingFormat format;

    private String venue;

    @Column(nullable = false)
    private String language;

    private Integer capacity;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "regular_price_minor", nullable = false)
    private long regularPriceMinor;

    @Column(name = "early_bird_price_minor")
    private Long earlyBirdPriceMinor;

    @Column(name = "early_bird_deadline")
    private Instant earlyBirdDeadline;

    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferingStatus status;

    @Column(name = "join_url")
    private String joinUrl;

    private String description;

    @Column(name = "venue_address")
    private String venueAddress;

    @Column(name = "venue_city")
    private String venueCity;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "proposed_by")
    private Long proposedBy;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "price_locked", nullable = false)
    private boolean priceLocked;

    @Column(name = "first_session_at", nullable = false)
    private Instant firstSessionAt;

    @Column(name = "last_session_at", nullable = false)
    private Instant lastSessionAt;

    /** Full refund (less the fee) until this many days before the start; null: no refunds (RefundPolicy). */
    @Column(name = "refund_days_before")
    private Integer refundDaysBefore = 14;

    @Column(name = "refund_fee_minor", nullable = false)
    private long refundFeeMinor;

    @Column(name = "supported_price_minor")
    private Long supportedPriceMinor;

    @Column(name = "sustaining_price_minor")
    private Long sustainingPriceMinor;

    @Column(name = "scholarships_offered", nullable = false)
    private boolean scholarshipsOffered;

    @ElementCollection
    @CollectionTable(name = "offering_teacher", joinColumns = @JoinColumn(name = "offering_id"))
    @OrderColumn(name = "position")
    @Column(name = "teacher_name", nullable = false)
    private List<String> teachers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "offering_instructor", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "member_id", nullable = false)
    private java.util.Set<Long> instructors = new java.util.HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offering_session", joinColumns = @JoinColumn(name = "offering_id"))
    @OrderBy("startsAt")
    private List<Session> sessions = new ArrayList<>();

    protected Offering() {
    }

    /** A published offering, as the seeded catalog and imports create them. */
    public Offering(Program program, String code, String title, ZoneId zone, OfferingFormat format, String venue,
                    String language, Integer capacity, Price price, Instant registrationOpensAt,
                    Instant registrationClosesAt, List<String> teachers, List<Session> sessions, String joinUrl) {
        this(OfferingStatus.PUBLISHED, program, code, title, zone, format, venue, language, capacity, price,
                registrationOpensAt, registrationClosesAt, teachers, sessions, joinUrl);
    }

    /** An offering that starts in the given state: a draft, for what staff and teachers plan in the portal. */
    public Offering(OfferingStatus initial, Program program, String code, String title, ZoneId zone,
                    OfferingFormat format, String venue, String language, Integer capacity, Price price,
                    Instant registrationOpensAt, Instant registrationClosesAt, List<String> teachers,
                    List<Session> sessions, String joinUrl) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("An offering needs at least one session");
        }
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1 seat");
        }
        if (!registrationClosesAt.isAfter(registrationOpensAt)) {
            throw new IllegalArgumentException("Registration must close after it opens");
        }
        this.program = program;
        this.code = code;
        this.status = initial;
        assign(title, format, venue, zone, language, capacity, price, registrationOpensAt, registrationClosesAt,
                teachers, joinUrl);
        place(sessions.stream().sorted(Comparator.comparing(Session::getStartsAt)).toList());
    }

    /**
     * The form's values, checked by the service (the code never changes). Returns whether the sessions moved, which
     * members of a published run are told about.
     */
    public boolean revise(String title, String description, OfferingFormat format, String venue, String address,
                          String city, ZoneId zone, String language, Integer capacity, Price price,
                          Instant opens, Instant closes, List<String> teacherNames, List<Session> newSessions,
                          String joinUrl) {
        require(status != OfferingStatus.COMPLETED && status != OfferingStatus.CANCELLED, "offering.refused.closed");
        List<Session> sorted = newSessions.stream().sorted(Comparator.comparing(Session::getStartsAt)).toList();
        boolean moved = !sorted.equals(sessions);
        assign(title, format, venue, zone, language, capacity, price, opens, closes, teacherNames, joinUrl);
        describe(description, address, city);
        if (moved) {
            place(sorted);
        }
        return moved;
    }

    private void assign(String title, OfferingFormat format, String venue, ZoneId zone, String language,
                        Integer capacity, Price price, Instant opens, Instant closes, List<String> teacherNames,
                        String joinUrl) {
        this.title = title;
        this.format = format;
        this.venue = venue;
        this.timeZone = zone.getId();
        this.language = language;
        this.capacity = capacity;
        this.currency = price.currency();
        this.regularPriceMinor = price.regularMinor();
        this.earlyBirdPriceMinor = price.earlyBirdMinor();
        this.earlyBirdDeadline = price.earlyBirdDeadline();
        this.registrationOpensAt = opens;
        this.registrationClosesAt = closes;
        this.teachers.clear();
        this.teachers.addAll(teacherNames);
        this.joinUrl = joinUrl;
    }

    /** The sessions, in order, and the first and last instants the catalog filters and sorts on. */
    private void place(List<Session> sorted) {
        this.sessions.clear();
        this.sessions.addAll(sorted);
        this.firstSessionAt = sorted.get(0).getStartsAt();
        this.lastSessionAt = sorted.stream().map(Session::getEndsAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** What the form adds to the constructor's facts: the long description and where the venue is. */
    public void describe(String description, String address, String city) {
        this.description = description;
        this.venueAddress = address;
        this.venueCity = city;
    }

    /** The members who teach it (their rosters), replacing the previous ones. */
    public void teachBy(java.util.Set<Long> memberIds) {
        instructors.clear();
        instructors.addAll(memberIds);
    }

    /** A teacher proposes it: they own the draft and teach it. */
    public void proposedBy(long teacher) {
        this.proposedBy = teacher;
        this.instructors.add(teacher);
    }

    /** Staff lock the price (and early bird) against the teacher's edits, or free it again. */
    public void lockPrice(boolean locked) {
        this.priceLocked = locked;
    }

    /** A teacher's proposal goes to staff; a draft sent back with a note may be sent again. */
    public void submitForApproval() {
        require(status == OfferingStatus.DRAFT, "offering.refused.notdraft");
        status = OfferingStatus.AWAITING_APPROVAL;
        reviewNote = null;
    }

    /** Staff publish a draft of their own or approve a teacher's proposal; members see it from now on. */
    public void publish() {
        require(status == OfferingStatus.DRAFT || status == OfferingStatus.AWAITING_APPROVAL,
                "offering.refused.notpublishable");
        status = OfferingStatus.PUBLISHED;
        reviewNote = null;
    }

    /** Staff return a proposal to its teacher with a note saying what to change. */
    public void sendBack(String note) {
        require(status == OfferingStatus.AWAITING_APPROVAL, "offering.refused.notawaiting");
        require(note != null && !note.isBlank() && note.length() <= 1000, "offering.refused.note");
        status = OfferingStatus.DRAFT;
        reviewNote = note.strip();
    }

    /** Cancelled with a reason members will read; a completed or already cancelled run cannot be. */
    public void cancel(String reason, Instant now) {
        require(status != OfferingStatus.COMPLETED && status != OfferingStatus.CANCELLED,
                "offering.refused.notcancellable");
        require(reason != null && !reason.isBlank() && reason.length() <= 1000, "offering.refused.reason");
        status = OfferingStatus.CANCELLED;
        cancelReason = reason.strip();
        cancelledAt = now;
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new OfferingRefused("status", messageKey);
        }
    }

    /** Registration is open from its opening instant up to, not including, its closing instant. */
    public boolean isOpenForRegistrationAt(Instant when) {
        return status == OfferingStatus.PUBLISHED && !when.isBefore(registrationOpensAt)
                && when.isBefore(registrationClosesAt);
    }

    public Long getId() {
        return id;
    }

    public Program getProgram() {
        return program;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public OfferingFormat getFormat() {
        return format;
    }

    public String getVenue() {
        return venue;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Price getPrice() {
        return new Price(currency, regularPriceMinor, earlyBirdPriceMinor, earlyBirdDeadline);
    }

    public Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public OfferingStatus getStatus() {
        return status;
    }

    public List<String> getTeachers() {
        return List.copyOf(teachers);
    }

    public List<Session> getSessions() {
        return List.copyOf(sessions);
    }

    public Instant firstSessionStart() {
        return firstSessionAt;
    }

    public Instant lastSessionEnd() {
        return lastSessionAt;
    }

    /** A member who teaches this offering: sees its roster, marks attendance and completion. */
    public void addInstructor(long memberId) {
        instructors.add(memberId);
    }

    public boolean isTaughtBy(long memberId) {
        return instructors.contains(memberId);
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public String getDescription() {
        return description;
    }

    public RefundPolicy getRefundPolicy() {
        return new RefundPolicy(refundDaysBefore, refundFeeMinor);
    }

    public void refundBy(RefundPolicy policy) {
        this.refundDaysBefore = policy.daysBefore();
        this.refundFeeMinor = policy.feeMinor();
    }

    public FeeOptions getFeeOptions() {
        return new FeeOptions(supportedPriceMinor, sustainingPriceMinor, scholarshipsOffered);
    }

    public void offer(FeeOptions options) {
        this.supportedPriceMinor = options.supportedMinor();
        this.sustainingPriceMinor = options.sustainingMinor();
        this.scholarshipsOffered = options.scholarships();
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public boolean isPriceLocked() {
        return priceLocked;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public java.util.Set<Long> getInstructors() {
        return java.util.Set.copyOf(instructors);
    }
}

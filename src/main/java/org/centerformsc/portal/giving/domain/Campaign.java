package org.centerformsc.portal.giving.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A fundraising campaign (Giving Tuesday, an event's replay). Its code is the key that gifts, recurring gifts,
 * replays and the payment provider's metadata carry; it never changes once created.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private String code;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private String currency;

    @Column(name = "goal_minor")
    private Long goalMinor;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Campaign() {
    }

    public Campaign(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Every editable field at once: the service has checked them together (dates, goal, currency). */
    public void describe(String name, String description, String currency, Long goalMinor, LocalDate startsOn,
                         LocalDate endsOn, boolean active, Instant now) {
        this.name = name;
        this.description = description;
        this.currency = currency;
        this.goalMinor = goalMinor;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.active = active;
        this.updatedAt = now;
    }

    /** Open for gifts: active, and the day lies within its dates. */
    public boolean acceptsGiftsOn(LocalDate day) {
        return active && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCurrency() {
        return currency;
    }

    public Long getGoalMinor() {
        return goalMinor;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isActive() {
        return active;
    }
}

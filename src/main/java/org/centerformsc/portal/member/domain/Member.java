package org.centerformsc.portal.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A person known to the portal, keyed by their identity at the identity provider (issuer + subject). */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    private String locale;

    /** The member's own choice of language; null: the claim's, else the browser's. */
    private String language;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    /** When the member answered the first sign-in's welcome or put it off; null: still to be asked. */
    @Column(name = "welcomed_at")
    private Instant welcomedAt;

    /** The member chose the name shown; the identity provider's name claim no longer replaces it. */
    @Column(name = "name_chosen", nullable = false)
    private boolean nameChosen;

    /** When the member agreed to receive the newsletter; null: they did not. */
    @Column(name = "newsletter_consent_at")
    private Instant newsletterConsentAt;

    protected Member() {
    }

    public Member(String issuer, String subject, String displayName, String email, String locale, Instant now) {
        this.issuer = issuer;
        this.subject = subject;
        this.createdAt = now;
        updateFromClaims(displayName, email, locale);
    }

    /**
     * The identity provider is the source of email and locale, and of the name until the member chose their own:
     * the claims win at every sign-in.
     */
    public void signedIn(String displayName, String email, String locale, Instant now) {
        updateFromClaims(displayName, email, locale);
        this.lastSignedInAt = now;
    }

    /** The name the member wants shown, which from now on wins over the identity provider's. */
    public void chooseName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("A name of 1 to 200 characters");
        }
        this.displayName = name.strip();
        this.nameChosen = true;
    }

    /** Gives (keeping the first moment it was given) or withdraws the consent to receive the newsletter. */
    public void consentToNewsletter(boolean consent, Instant now) {
        if (!consent) {
            this.newsletterConsentAt = null;
        } else if (this.newsletterConsentAt == null) {
            this.newsletterConsentAt = now;
        }
    }

    /** The welcome is answered or put off: it is not asked again. */
    public void welcomed(Instant now) {
        if (this.welcomedAt == null) {
            this.welcomedAt = now;
        }
    }

    public boolean isWelcomed() {
        return welcomedAt != null;
    }

    public boolean isNameChosen() {
        return nameChosen;
    }

    public Instant getNewsletterConsentAt() {
        return newsletterConsentAt;
    }

    /** The zone the member wants times shown in; null means "my browser's zone". */
    public void preferTimeZone(java.time.ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    private void updateFromClaims(String displayName, String email, String locale) {
        if (!nameChosen) {
            this.displayName = displayName == null || displayName.isBlank() ? subject : displayName.strip();
        }
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.locale = locale == null || locale.isBlank() ? null : locale.strip();
    }

    public Long getId() {
        return id;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public void chooseLanguage(String tag) {
        this.language = tag;
    }

    public String getLanguage() {
        return language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }
}

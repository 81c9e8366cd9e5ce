package org.centerformsc.portal.notifications;

import java.util.Locale;

/**
 * What a notification is about. Members turn e-mail off per kind, except the few that must be sent
 * ({@code required}): what concerns money and cancellations. A kind's texts are {@code notify.<kind>.subject} and
 * {@code notify.<kind>.body}, the body in a variant where the kind has them ({@code notify.claim_decided.body.rejected}).
 */
public enum NotificationKind {
    ENROLLMENT_CONFIRMED(false),
    WAITLISTED(false),
    /** Variant {@code pay}: the seat is held until a moment to pay for it. */
    PROMOTED(false),
    WITHDRAWN(false),
    OFFERING_CHANGED(false),
    OFFERING_CANCELLED(true),
    /** Variants {@code online} (with the join link) and {@code place} (with where it meets). */
    SESSION_REMINDER(false),
    REPLAY_AVAILABLE(false),
    REPLAY_ENDING(false),
    /** Variants {@code verified} and {@code rejected} (with the reason). */
    CLAIM_DECIDED(false),
    /** Variants {@code approved} and {@code declined} (with the reason). */
    APPLICATION_DECIDED(false),
    /** Variants {@code verified} and {@code rejected} (with the reason). */
    EVIDENCE_DECIDED(false),
    DEADLINE_EXTENDED(false),
    RENEWAL_DUE(false),
    /** Variants {@code granted} and {@code declined} (with the reason). */
    SCHOLARSHIP_DECIDED(false),
    GIFT_RECEIPT(true),
    /** Variants {@code paid}, {@code refunded} (no seat was left) and {@code cancelled} (the course was). */
    COURSE_PAYMENT(true),
    YEARLY_GIFT_DUE(false),
    /** Variants {@code retry} (with the day of the next try) and {@code last}. */
    PAYMENT_FAILED(true),
    PRACTICE_REMINDER(false);

    private final boolean required;

    NotificationKind(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The key of the body text in {@code variant} (none: the kind's only body). */
    public String bodyKey(String variant) {
        return "notify." + key() + ".body" + (variant == null ? "" : "." + variant);
    }

    /** The kind's name in translation keys: {@code notify.withdrawn.subject}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.centerformsc.portal.giving;

import java.util.regex.Pattern;

/**
 * A visitor who gives without an account: the name for the receipt and the e-mail it goes to (and by which the gift
 * is attached to them when they sign in with it verified). Only built through {@link #of}, which checks both.
 */
public record GuestDonor(String name, String email) {

    public static final int MAX_NAME = 100;
    /** The longest address SMTP carries (RFC 5321: 256 for the path, less its brackets). */
    public static final int MAX_EMAIL = 254;
    private static final int MAX_LOCAL_PART = 64;
    // one @, something before it, a dot in the domain, no spaces: plausible, not proof (the receipt is the proof)
    private static final Pattern PLAUSIBLE_EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public GuestDonor {
        if (name == null || email == null) {
            throw new IllegalArgumentException("Use GuestDonor.of");
        }
    }

    /** The donor as typed, trimmed, or a {@link Refused} naming the field and why. */
    public static GuestDonor of(String name, String email) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new Refused("name", "giving.guest.invalid.name");
        }
        if (cleanName.length() > MAX_NAME || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw new Refused("name", "giving.guest.invalid.name.long");
        }
        String cleanEmail = email == null ? "" : email.strip();
        if (cleanEmail.isEmpty()) {
            throw new Refused("email", "giving.guest.invalid.email.missing");
        }
        if (cleanEmail.length() > MAX_EMAIL || !PLAUSIBLE_EMAIL.matcher(cleanEmail).matches()
                || cleanEmail.indexOf('@') > MAX_LOCAL_PART) {
            throw new Refused("email", "giving.guest.invalid.email");
        }
        return new GuestDonor(cleanName, cleanEmail);
    }

    /** A name or e-mail the portal will not take; {@code field} is "name" or "email". */
    public static class Refused extends GiftAmounts.InvalidGift {

        private final String field;

        public Refused(String field, String messageKey) {
            super(messageKey);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}

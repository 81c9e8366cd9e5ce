package org.centerformsc.portal.member;

import java.time.Instant;

/**
 * What the member's own views show of their record. {@code locale} is the language they read in: their own choice
 * ({@code languageChosen}), else the identity provider's claim; null when neither. {@code newsletterSince}: when they
 * agreed to receive the newsletter, null if they did not.
 */
public record MemberProfile(MemberId id, String displayName, String email, String locale, String timeZone,
                            Instant memberSince, boolean languageChosen, Instant newsletterSince) {

    public MemberProfile(MemberId id, String displayName, String email, String locale, String timeZone,
                         Instant memberSince) {
        this(id, displayName, email, locale, timeZone, memberSince, false, null);
    }
}

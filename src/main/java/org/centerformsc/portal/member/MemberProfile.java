package org.centerformsc.portal.member;

import java.time.Instant;

/** What the member's own views show of their record. */
public record MemberProfile(MemberId id, String displayName, String email, String locale, String timeZone,
                            Instant memberSince) {
}

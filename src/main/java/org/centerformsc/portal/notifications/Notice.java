package org.centerformsc.portal.notifications;

import org.centerformsc.portal.member.MemberId;

import java.util.List;

/**
 * A notification to record: for whom, of which kind and variant, the arguments of its texts (see
 * {@link Notifications} for moments, days, money and session lists), the portal page where to act, what it is about
 * ({@code offering:12}, {@code gift:34}: the e-mail's attachment comes from it) and the key that makes a repeated
 * cause one notification.
 */
public record Notice(MemberId member, NotificationKind kind, String variant, List<String> arguments, String link,
              String about, String dedupKey) {

    public static Notice of(MemberId member, NotificationKind kind, List<String> arguments, String link, String dedupKey) {
        return new Notice(member, kind, null, arguments, link, null, dedupKey);
    }

    public Notice variant(String name) {
        return new Notice(member, kind, name, arguments, link, about, dedupKey);
    }

    public Notice about(String subject) {
        return new Notice(member, kind, variant, arguments, link, subject, dedupKey);
    }
}

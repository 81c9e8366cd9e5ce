package org.centerformsc.portal.notifications;

import org.centerformsc.portal.member.MemberId;

import java.util.Locale;
import java.util.Optional;

/**
 * Makes the file an e-mail carries, from what its notification is about ({@code offering:12}), when it is sent:
 * the file is always the current one (today's schedule, the receipt as issued) and the outbox stores no blobs.
 */
interface AttachmentSource {

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Whether this source makes the attachment of notifications about {@code about}'s kind of thing. */
    boolean serves(NotificationKind kind, String about);

    /** The file for this member in their language; empty when there is nothing (any more) to attach. */
    Optional<Attachment> attachment(NotificationKind kind, String about, MemberId member, Locale language);

    /** The id in {@code about} after the prefix: {@code offering:12} → 12. */
    static long idOf(String about) {
        return Long.parseLong(about.substring(about.indexOf(':') + 1));
    }
}

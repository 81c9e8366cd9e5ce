package org.centerformsc.portal.notifications;

import java.time.Instant;
import java.util.List;

/** One of the member's notifications as the page lists it; its texts are the kind's, filled with {@code arguments}. */
public record NotificationLine(long id, NotificationKind kind, String variant, List<String> arguments, String link, Instant createdAt,
                               boolean read) {

    /** The arguments as a reader in {@code zone} reads them (moments in their zone, the portal's words in their language). */
    public Object[] readableArguments(java.util.Locale language, java.time.ZoneId zone,
                                      java.util.function.BiFunction<String, Object[], String> translate) {
        return arguments.stream().map(argument -> Notifications.readable(argument, language, zone, translate))
                .toArray();
    }

    /** The key of the body text, the variant's where the kind has them (a claim verified or rejected). */
    public String bodyKey() {
        return kind.bodyKey(variant);
    }
}

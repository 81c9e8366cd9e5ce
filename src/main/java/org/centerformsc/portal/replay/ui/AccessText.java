package org.centerformsc.portal.replay.ui;

import com.vaadin.flow.component.Component;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.replay.Access;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** A member's access to a replay in words: until when, expiring soon, expired and how to extend, or not available. */
final class AccessText {

    static final Duration SOON = Duration.ofDays(3);

    private AccessText() {
    }

    static String of(Component owner, Access access, Instant now, ZoneId zone, Locale locale) {
        return switch (access.state()) {
            case ALWAYS -> owner.getTranslation("replay.access.always");
            case WATCHABLE -> Duration.between(now, access.until()).compareTo(SOON) < 0
                    ? owner.getTranslation("replay.access.soon", Math.max(1, Duration.between(now, access.until()).toDays()),
                    TimeFormats.date(access.until(), zone, locale))
                    : owner.getTranslation("replay.access.until", TimeFormats.date(access.until(), zone, locale));
            case EXPIRED -> owner.getTranslation("replay.access.expired", TimeFormats.date(access.until(), zone, locale))
                    + (access.extendable() ? " " + owner.getTranslation("replay.access.extend") : "");
            case NOT_AVAILABLE -> owner.getTranslation("replay.access.none")
                    + (access.extendable() ? " " + owner.getTranslation("replay.access.extend") : "");
        };
    }
}

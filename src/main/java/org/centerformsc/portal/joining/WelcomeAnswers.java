package org.centerformsc.portal.joining;

import org.centerformsc.portal.notifications.NotificationKind;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A new member's answers to the welcome: the name shown, their time zone (null: follow the browser), the portal's
 * language, the optional e-mails they want (the others are turned off), the newsletter, and for teachers whether
 * they are listed in the public directory.
 */
public record WelcomeAnswers(String name, ZoneId zone, Locale language, Set<NotificationKind> emails,
                             boolean newsletter, boolean listedInDirectory) {

    public WelcomeAnswers {
        emails = emails == null ? Set.of() : Set.copyOf(emails);
    }
}

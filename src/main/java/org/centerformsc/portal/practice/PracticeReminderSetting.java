package org.centerformsc.portal.practice;

import java.time.LocalTime;
import java.time.ZoneId;

/** The member's practice reminder as their page shows it: on at a local time ({@code at}, null when off) in a zone. */
public record PracticeReminderSetting(boolean on, LocalTime at, ZoneId zone) {
}

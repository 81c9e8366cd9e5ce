package org.centerformsc.portal.completion;

/** At how many of an offering's sessions a participant was marked present, of how many sessions it has. */
public record AttendanceSummary(long present, int sessions) {
}

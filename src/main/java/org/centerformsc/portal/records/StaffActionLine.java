package org.centerformsc.portal.records;

import java.time.Instant;

/**
 * One action in the audit on a member's page: who ("Name (subject)"), what, when, and what it concerned (an
 * offering's code, a program's code and day, a gift's number).
 */
public record StaffActionLine(String actor, StaffActionKind kind, String detail, Instant actedAt) {
}

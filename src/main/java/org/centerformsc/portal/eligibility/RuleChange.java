package org.centerformsc.portal.eligibility;

import java.time.Instant;

/** One change to a program's rule, for its history: {@code before} or {@code after} null means open to all. */
public record RuleChange(Instant changedAt, String changedBy, Rule before, Rule after) {
}

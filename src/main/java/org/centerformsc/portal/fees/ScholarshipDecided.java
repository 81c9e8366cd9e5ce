package org.centerformsc.portal.fees;

/** Staff decided a member's scholarship request; published inside the deciding transaction. */
record ScholarshipDecided(long requestId) {
}

package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.OfferingCard;

/** One advanced program on the member's path: its next offering (or null) and what the member still needs. */
public record ProgramPath(String programCode, String programName, OfferingCard nextOffering, Explanation explanation) {
}

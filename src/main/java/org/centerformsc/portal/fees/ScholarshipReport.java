package org.centerformsc.portal.fees;

import java.util.List;

/**
 * The scholarship fund over a period: per currency what came in and what went out, and how many requests staff
 * granted and declined in it; {@code awaiting} are undecided now.
 */
public record ScholarshipReport(List<ScholarshipFundLine> lines, long granted, long declined, long awaiting) {
}

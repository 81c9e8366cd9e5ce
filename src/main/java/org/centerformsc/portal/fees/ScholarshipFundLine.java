package org.centerformsc.portal.fees;

/**
 * One currency of the scholarship report: gifts designated to the fund beside the scholarships members used (the
 * part of their course fee the fund covered) in the same period.
 */
public record ScholarshipFundLine(String currency, long giftsMinor, long gifts, long coveredMinor, long scholars) {
}

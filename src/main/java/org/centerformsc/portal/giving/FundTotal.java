package org.centerformsc.portal.giving;

/** What was given to one designation in one currency over a period, and in how many gifts. */
public record FundTotal(String currency, long minorUnits, long gifts) {
}

package org.centerformsc.portal.giving;

/**
 * Gifts of one group (a designation's name, or a campaign's code with its name) in one currency: how many and how
 * much (minor units).
 */
public record GiftGroupTotal(String group, String name, String currency, long gifts, long minorUnits) {
}

package org.centerformsc.portal.giving;

import java.time.YearMonth;

/** Gifts of one month in one currency: how many and how much (minor units). */
public record GiftMonthTotal(YearMonth month, String currency, long gifts, long minorUnits) {
}

package org.centerformsc.portal.reports.ui;

import org.centerformsc.portal.base.ui.TimeFormats;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** How report figures are written: for reading in the staff member's language, and plainly for a spreadsheet. */
final class Cells {

    private Cells() {
    }

    static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String percent(int wholePercent, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(wholePercent / 100.0);
    }

    static String money(long minorUnits, String currency, Locale locale) {
        return TimeFormats.money(minorUnits, currency, locale);
    }

    /** Minor units as a plain decimal in the currency's major unit ("1234.50"; yen keep no decimals). */
    static BigDecimal major(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    static String exported(long value) {
        return Long.toString(value);
    }

    static String exported(long minorUnits, String currency) {
        return major(minorUnits, currency).toPlainString();
    }
}

package org.centerformsc.portal.reports.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.giving.GiftGroupTotal;
import org.centerformsc.portal.giving.GiftMonthTotal;
import org.centerformsc.portal.giving.RecurringDonorCount;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The giving reports as tables and charts: one chart series per currency, never added across currencies. */
final class GivingFigures {

    private final Locale locale;

    GivingFigures(Locale locale) {
        this.locale = locale;
    }

    Figures perMonth(List<GiftMonthTotal> totals) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = totals.stream().map(total -> {
            String month = TimeFormats.month(total.month(), locale);
            chart.put(month, total.currency(), Cells.major(total.minorUnits(), total.currency()));
            return row(month, total.month().toString(), total.currency(), total.gifts(), total.minorUnits());
        }).toList();
        return new Figures("report-gifts-month", text("reports.gifts.month"), header("reports.month"), rows,
                chart.chart("bar"));
    }

    Figures perDesignation(List<GiftGroupTotal> totals) {
        return grouped("report-gifts-designation", text("reports.gifts.designation"), header("reports.designation"),
                totals, total -> text("giving.designation." + total.group().toLowerCase(Locale.ROOT)));
    }

    Figures perCampaign(List<GiftGroupTotal> totals) {
        return grouped("report-gifts-campaign", text("reports.gifts.campaign"), header("reports.campaign"), totals,
                GiftGroupTotal::name);
    }

    Figures recurring(List<RecurringDonorCount> counts) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = counts.stream().map(count -> {
            String status = text("reports.recurring." + count.status().name());
            chart.put(status, text("reports.recurring.donors"), count.donors());
            chart.put(status, text("reports.recurring.gifts"), count.recurringGifts());
            return new Figures.Row(List.of(status, Cells.count(count.donors(), locale),
                    Cells.count(count.recurringGifts(), locale)),
                    List.of(count.status().name(), Cells.exported(count.donors()),
                            Cells.exported(count.recurringGifts())));
        }).toList();
        return new Figures("report-recurring", text("reports.recurring"), List.of(text("reports.recurring.status"),
                text("reports.recurring.donors"), text("reports.recurring.gifts")), rows, chart.chart("bar"));
    }

    private Figures grouped(String id, String title, List<String> header, List<GiftGroupTotal> totals,
                            Function<GiftGroupTotal, String> label) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = totals.stream().map(total -> {
            String name = label.apply(total);
            chart.put(name, total.currency(), Cells.major(total.minorUnits(), total.currency()));
            return row(name, total.group(), total.currency(), total.gifts(), total.minorUnits());
        }).toList();
        return new Figures(id, title, header, rows, chart.chart("bar"));
    }

    private Figures.Row row(String shown, String exported, String currency, long gifts, long minorUnits) {
        return new Figures.Row(List.of(shown, currency, Cells.count(gifts, locale),
                Cells.money(minorUnits, currency, locale)),
                List.of(exported, currency, Cells.exported(gifts), Cells.exported(minorUnits, currency)));
    }

    private List<String> header(String firstKey) {
        return List.of(text(firstKey), text("reports.currency"), text("reports.gifts.count"),
                text("reports.gifts.amount"));
    }

    private String text(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}

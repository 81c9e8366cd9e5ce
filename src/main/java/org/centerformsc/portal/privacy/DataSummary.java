package org.centerformsc.portal.privacy;

import org.centerformsc.portal.base.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable page in the download: each section's heading in the member's language, how many entries it has,
 * and the entries as a table, times in the member's zone. The JSON files beside it are the complete record.
 */
class DataSummary {

    private final Texts texts;
    private final Locale language;
    private final ZoneId zone;
    private final DateTimeFormatter dateTimes;
    private final DateTimeFormatter dates;

    DataSummary(Texts texts, Locale language, ZoneId zone) {
        this.texts = texts;
        this.language = language;
        this.zone = zone;
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language).withZone(zone);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
    }

    String html(String name, Instant now, Map<String, Map<String, List<Map<String, Object>>>> exported) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(text("privacy.summary.title")))
                .append("</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                        + "table{border-collapse:collapse;margin-bottom:1rem}td,th{border:1px solid #999;"
                        + "padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head><body>\n<h1>")
                .append(escape(text("privacy.summary.title"))).append("</h1>\n<p>")
                .append(escape(text("privacy.summary.lead", name, dateTimes.format(now), zone.getId())))
                .append("</p>\n");
        exported.forEach((holder, sections) -> sections.forEach((section, rows) -> {
            html.append("<h2>").append(escape(text("privacy.section." + section))).append("</h2>\n<p>")
                    .append(escape(text("privacy.summary.count", rows.size()))).append("</p>\n");
            if (!rows.isEmpty()) {
                table(html, rows);
            }
        }));
        return html.append("</body></html>\n").toString();
    }

    private void table(StringBuilder html, List<Map<String, Object>> rows) {
        html.append("<table><thead><tr>");
        rows.get(0).keySet().forEach(column -> html.append("<th scope=\"col\">")
                .append(escape(column.replace('_', ' '))).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (Map<String, Object> row : rows) {
            html.append("<tr>");
            row.values().forEach(value -> html.append("<td>").append(escape(shown(value))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return dateTimes.format(instant);
        }
        if (value instanceof LocalDate date) {
            return dates.format(date);
        }
        if (value instanceof Boolean yes) {
            return text(yes ? "privacy.summary.yes" : "privacy.summary.no");
        }
        return value.toString();
    }

    private String text(String key, Object... arguments) {
        return texts.get(key, language, arguments);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.centerformsc.portal.reports.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.completion.ProgramCompletions;
import org.centerformsc.portal.enrollment.OfferingFill;
import org.centerformsc.portal.enrollment.ProgramMonthCount;
import org.centerformsc.portal.fees.CourseRevenueLine;
import org.centerformsc.portal.teaching.StageCount;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The course reports as tables and charts, in the staff member's language. */
final class CourseFigures {

    private final Locale locale;
    private final Map<String, String> programTitles;

    CourseFigures(Locale locale, Map<String, String> programTitles) {
        this.locale = locale;
        this.programTitles = programTitles;
    }

    Figures enrollments(List<ProgramMonthCount> counts) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = counts.stream().map(count -> {
            String month = TimeFormats.month(count.month(), locale);
            chart.put(month, program(count.programCode()), count.enrollments());
            return new Figures.Row(List.of(month, program(count.programCode()), Cells.count(count.enrollments(), locale)),
                    List.of(count.month().toString(), count.programCode(), Cells.exported(count.enrollments())));
        }).toList();
        return new Figures("report-enrollments", text("reports.enrollments"), List.of(text("reports.month"),
                text("reports.program"), text("reports.enrollments.count")), rows, chart.chart("bar"));
    }

    Figures fill(List<OfferingFill> offerings) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = offerings.stream().map(offering -> {
            chart.put(offering.code(), text("reports.fill.percent"), offering.percentFull());
            chart.put(offering.code(), text("reports.fill.waitlist"), offering.waitlisted());
            return new Figures.Row(List.of(offering.code(), offering.title(), Cells.count(offering.seats(), locale),
                    Cells.count(offering.taken(), locale), Cells.percent(offering.percentFull(), locale),
                    Cells.count(offering.waitlisted(), locale)),
                    List.of(offering.code(), offering.title(), Cells.exported(offering.seats()),
                            Cells.exported(offering.taken()), Cells.exported(offering.percentFull()),
                            Cells.exported(offering.waitlisted())));
        }).toList();
        return new Figures("report-fill", text("reports.fill"), List.of(text("reports.offering"),
                text("reports.offering.title"), text("reports.fill.seats"), text("reports.fill.taken"),
                text("reports.fill.percent"), text("reports.fill.waitlist")), rows, chart.chart("bar"));
    }

    Figures revenue(List<CourseRevenueLine> lines) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = lines.stream().map(line -> {
            chart.put(line.currency(), text("reports.revenue.paid"), Cells.major(line.paidMinor(), line.currency()));
            chart.put(line.currency(), text("reports.revenue.refunded"),
                    Cells.major(line.refundedMinor(), line.currency()));
            return new Figures.Row(List.of(line.currency(), Cells.count(line.payments(), locale),
                    Cells.money(line.paidMinor(), line.currency(), locale), Cells.count(line.refunds(), locale),
                    Cells.money(line.refundedMinor(), line.currency(), locale)),
                    List.of(line.currency(), Cells.exported(line.payments()),
                            Cells.exported(line.paidMinor(), line.currency()), Cells.exported(line.refunds()),
                            Cells.exported(line.refundedMinor(), line.currency())));
        }).toList();
        return new Figures("report-revenue", text("reports.revenue"), List.of(text("reports.currency"),
                text("reports.revenue.payments"), text("reports.revenue.paid"), text("reports.revenue.refunds"),
                text("reports.revenue.refunded")), rows, chart.chart("bar"));
    }

    Figures completions(List<ProgramCompletions> counts) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = counts.stream().map(count -> {
            chart.put(program(count.programCode()), text("reports.completions.count"), count.completions());
            return new Figures.Row(List.of(program(count.programCode()), Cells.count(count.completions(), locale)),
                    List.of(count.programCode(), Cells.exported(count.completions())));
        }).toList();
        return new Figures("report-completions", text("reports.completions"), List.of(text("reports.program"),
                text("reports.completions.count")), rows, chart.chart("bar"));
    }

    Figures teachers(List<StageCount> stages) {
        Pivot chart = new Pivot();
        List<Figures.Row> rows = stages.stream().map(stage -> {
            String name = text("stage." + stage.stage().name());
            chart.put(name, text("reports.teachers.count"), stage.teachers());
            chart.put(name, text("reports.teachers.due"), stage.dueInPeriod());
            chart.put(name, text("reports.teachers.overdue"), stage.overdue());
            return new Figures.Row(List.of(name, Cells.count(stage.teachers(), locale),
                    Cells.count(stage.dueInPeriod(), locale), Cells.count(stage.overdue(), locale)),
                    List.of(stage.stage().name(), Cells.exported(stage.teachers()), Cells.exported(stage.dueInPeriod()),
                            Cells.exported(stage.overdue())));
        }).toList();
        return new Figures("report-teachers", text("reports.teachers"), List.of(text("reports.stage"),
                text("reports.teachers.count"), text("reports.teachers.due"), text("reports.teachers.overdue")), rows,
                chart.chart("bar"));
    }

    private String program(String code) {
        return programTitles.getOrDefault(code, code);
    }

    private String text(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}

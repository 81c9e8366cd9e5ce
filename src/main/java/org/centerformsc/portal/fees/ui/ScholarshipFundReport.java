package org.centerformsc.portal.fees.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.fees.ScholarshipFundLine;
import org.centerformsc.portal.fees.ScholarshipReport;
import org.centerformsc.portal.fees.ScholarshipService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The fund over the days staff choose (in their own zone): gifts designated to "Circles of Practice scholarships"
 * beside what scholarships covered of course fees, per currency, and the decisions made.
 */
class ScholarshipFundReport extends Div {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<ScholarshipFundLine> lines = new Grid<>();
    final Paragraph decisions = new Paragraph();
    private final ScholarshipService scholarships;
    private final ZoneId zone;

    ScholarshipFundReport(ScholarshipService scholarships, ZoneId zone, Clock clock) {
        this.scholarships = scholarships;
        this.zone = zone;
        setId("scholarship-report");
        setWidthFull();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.setId("report-from");
        from.setLabel(getTranslation("scholarships.report.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("report-to");
        to.setLabel(getTranslation("scholarships.report.to"));
        to.setValue(today);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        lines.setId("scholarship-fund");
        lines.setAllRowsVisible(true);
        lines.setWidthFull();
        lines.addColumn(ScholarshipFundLine::currency).setHeader(getTranslation("scholarships.report.currency"));
        lines.addColumn(line -> TimeFormats.money(line.giftsMinor(), line.currency(), getLocale()))
                .setHeader(getTranslation("scholarships.report.gifts"));
        lines.addColumn(ScholarshipFundLine::gifts).setHeader(getTranslation("scholarships.report.giftcount"));
        lines.addColumn(line -> TimeFormats.money(line.coveredMinor(), line.currency(), getLocale()))
                .setHeader(getTranslation("scholarships.report.covered"));
        lines.addColumn(ScholarshipFundLine::scholars).setHeader(getTranslation("scholarships.report.scholars"));
        lines.setEmptyStateText(getTranslation("scholarships.report.empty"));
        decisions.setId("scholarship-decisions");
        add(new HorizontalLayout(from, to), lines, decisions);
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("scholarships.report.period"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        ScholarshipReport report = scholarships.report(from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        lines.setItems(report.lines());
        decisions.setText(getTranslation("scholarships.report.decisions", report.granted(), report.declined(),
                report.awaiting()));
    }
}

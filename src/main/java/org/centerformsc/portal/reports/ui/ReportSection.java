package org.centerformsc.portal.reports.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * One report: its heading, the chart, the same figures as a table (what screen readers and keyboards use; the
 * chart is one image to them) and the table as a CSV download.
 */
class ReportSection extends Section {

    final NativeTable table = new NativeTable();
    final Anchor download = new Anchor();
    /** What the download serves: written once with the table, from the same figures. */
    byte[] csv = new byte[0];

    ReportSection(Figures figures) {
        setId(figures.id());
        addClassName("report");
        H2 heading = new H2(figures.title());
        heading.setId(figures.id() + "-title");
        add(heading);
        if (figures.rows().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("reports.empty"));
            empty.setId(figures.id() + "-empty");
            add(empty);
            return;
        }
        add(new PortalChart(figures.chart(), getTranslation("reports.chart.summary", figures.title())));
        table.setId(figures.id() + "-table");
        table.addClassName("report-table");
        table.setCaptionText(figures.title());
        NativeTableHeader header = new NativeTableHeader();
        NativeTableRow headerRow = new NativeTableRow();
        figures.header().forEach(text -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            headerRow.add(cell);
        });
        header.add(headerRow);
        NativeTableBody body = new NativeTableBody();
        figures.rows().forEach(row -> body.add(row(row.shown())));
        table.add(header, body);
        csv = ReportCsv.write(figures);
        byte[] served = csv;
        download.setId(figures.id() + "-csv");
        download.setText(getTranslation("reports.csv"));
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(served),
                figures.id() + ".csv", "text/csv; charset=UTF-8", served.length)));
        download.getElement().setAttribute("download", true);
        // nine links read "Download CSV": each says which report it is to those who list the page's links
        download.getElement().setAttribute("aria-label", getTranslation("reports.csv.named", figures.title()));
        // a wide table scrolls inside its own box, not the page (375 px phones); the box takes the focus to scroll
        Div scroll = new Div(table);
        scroll.addClassName("report-table-scroll");
        scroll.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", figures.title());
        add(scroll, download);
    }

    private static NativeTableRow row(List<String> cells) {
        NativeTableRow row = new NativeTableRow();
        cells.forEach(text -> row.add(new NativeTableCell(text)));
        return row;
    }
}

package org.centerformsc.portal.reports.ui;

import java.util.List;

/**
 * One report as staff see it: a table whose cells are written for reading and, beside each, for a spreadsheet
 * (the CSV), and a chart of the same figures.
 */
record Figures(String id, String title, List<String> header, List<Row> rows, Chart chart) {

    /** A table row: each cell as shown and as exported (plain numbers, ISO months, amounts in major units). */
    record Row(List<String> shown, List<String> exported) {
    }

    record Chart(String type, List<String> labels, List<Dataset> datasets) {
    }

    /** One series of the chart; {@code values} line up with the chart's labels (null where there is none). */
    record Dataset(String label, List<Number> values) {
    }
}

package org.centerformsc.portal.reports.ui;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A report's table as CSV (RFC 4180, written by Apache Commons CSV) with the UTF-8 byte order mark spreadsheet
 * programs need for accented and non-Latin names. A text starting with = + - @ or a tab gets a leading apostrophe
 * so that a campaign's or course's name is never run as a formula (OWASP "CSV injection"); numbers are left as
 * they are.
 */
final class ReportCsv {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    static byte[] write(Figures figures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            csv.printRecord(figures.header());
            for (Figures.Row row : figures.rows()) {
                csv.printRecord(row.exported().stream().map(ReportCsv::safe).toList());
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    static String safe(String value) {
        if (value == null || value.isEmpty() || value.matches("-?\\d+(\\.\\d+)?")) {
            return value == null ? "" : value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}

package org.centerformsc.portal.staff.ui;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCsvTest {

    @Test
    void plainFieldsStayAsTheyAre() {
        assertThat(RosterCsv.field("Alex Morgan")).isEqualTo("Alex Morgan");
        assertThat(RosterCsv.field("3/8")).isEqualTo("3/8");
        assertThat(RosterCsv.field(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(RosterCsv.field("Morgan, Alex")).isEqualTo("\"Morgan, Alex\"");
        assertThat(RosterCsv.field("Alex \"Al\" Morgan")).isEqualTo("\"Alex \"\"Al\"\" Morgan\"");
        assertThat(RosterCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        assertThat(RosterCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RosterCsv.field("+1")).isEqualTo("'+1");
        assertThat(RosterCsv.field("-1")).isEqualTo("'-1");
        assertThat(RosterCsv.field("@sum")).isEqualTo("'@sum");
    }

    @Test
    void linesEndWithCrLfAfterTheUtf8ByteOrderMark() {
        byte[] csv = RosterCsv.write(List.of("Name", "Status"), List.of(List.of("Zoë 张", "Enrolled")));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFName,Status\r\nZoë 张,Enrolled\r\n");
    }
}

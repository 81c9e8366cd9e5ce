package org.centerformsc.portal;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;

/**
 * What a PDF says, page after page, as its reader would read it: the no-break spaces of amounts and the extra space
 * the extractor writes beside them read as one space.
 */
public final class TestPdf {

    private TestPdf() {
    }

    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("[ \\u00a0\\u202f]+", " ");
    }
}

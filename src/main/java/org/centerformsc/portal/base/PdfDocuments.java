package org.centerformsc.portal.base;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * A receipt or statement as PDF: the document's language and title set for screen readers, fonts embedded, marked
 * as tagged (docs/decisions/019 says how far OpenPDF goes toward PDF/UA).
 */
public final class PdfDocuments {

    /** What goes on the pages. */
    public interface Content {
        void write(Document document) throws Exception;
    }

    private PdfDocuments() {
    }

    public static byte[] write(Locale language, String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setTagged();
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
            document.addTitle(title);
            document.open();
            content.write(document);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the PDF " + title, e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}

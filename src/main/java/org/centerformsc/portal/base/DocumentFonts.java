package org.centerformsc.portal.base;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The fonts embedded in receipts and statements (docs/decisions/019): Liberation Sans (from a Maven jar) for Latin
 * text, and for Chinese and Japanese a font with those characters from a Debian package (fonts-droid-fallback, which
 * .ci/run installs; {@code portal.documents.cjk-font} names another). Nothing is downloaded at run time. Without the
 * CJK font, documents for those languages are written in English rather than with missing characters.
 */
@Component
public class DocumentFonts {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFonts.class);

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont cjk;

    DocumentFonts(@Value("${portal.documents.cjk-font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}")
                  String cjkFont) {
        this.regular = liberation("LiberationSans-Regular.ttf");
        this.bold = liberation("LiberationSans-Bold.ttf");
        this.cjk = cjk(Path.of(cjkFont));
    }

    /** Whether documents can be written in this language (Chinese and Japanese need the CJK font). */
    public boolean canWrite(Locale language) {
        return cjk != null || !needsCjk(language);
    }

    /** The language a document is written in for a reader of {@code language}: theirs if it can be, else English. */
    public Locale documentLanguage(Locale language) {
        return language != null && canWrite(language) ? language : Locale.ENGLISH;
    }

    /** Text in the document's fonts, each character in the first font that has it. */
    public Phrase phrase(String text, float size, boolean heading) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(heading ? bold : regular, size));
        if (cjk != null) {
            selector.addFont(new Font(cjk, size));
        }
        return selector.process(text);
    }

    private static boolean needsCjk(Locale language) {
        return language != null && (language.getLanguage().equals("zh") || language.getLanguage().equals("ja"));
    }

    private static BaseFont liberation(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from openpdf-fonts-extra");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the font " + file, e);
        }
    }

    private static BaseFont cjk(Path file) {
        if (!Files.isReadable(file)) {
            LOG.warn("No font for Chinese and Japanese at {} (Debian: apt-get install fonts-droid-fallback, or set"
                    + " PORTAL_DOCUMENTS_CJK_FONT): receipts for those languages are written in English", file);
            return null;
        }
        try {
            return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            LOG.warn("Could not read the font {}: {}", file, e.getMessage());
            return null;
        }
    }
}

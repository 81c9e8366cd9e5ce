package org.centerformsc.portal.giving;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.centerformsc.portal.base.DocumentFonts;
import org.centerformsc.portal.base.PdfDocuments;
import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Receipts and year-end statements as PDF, in the donor's language with its fonts embedded (docs/decisions/019).
 * Gifts only: course fees are payments for a service and never appear here. The legal sentence that no goods or
 * services were given is translated, and repeated in English on every other language's document, so that a tax
 * office reading English finds it as it expects. Amounts in each gift's own currency.
 */
@Component
class GiftDocuments {

    private static final float TITLE = 16;
    private static final float BODY = 11;

    private final Texts texts;
    private final DocumentFonts fonts;

    GiftDocuments(Texts texts, DocumentFonts fonts) {
        this.texts = texts;
        this.fonts = fonts;
    }

    byte[] receipt(String donor, GiftSummary gift, Locale reader) {
        Locale language = fonts.documentLanguage(reader);
        return PdfDocuments.write(language, text(language, "documents.receipt.title", String.valueOf(gift.id())),
                document -> {
                    document.add(line(text(language, "app.organisation"), TITLE, true));
                    document.add(line(text(language, "documents.receipt.title", String.valueOf(gift.id())), BODY,
                            false));
                    document.add(line(" ", BODY, false));
                    document.add(line(text(language, "documents.donor", donor), BODY, false));
                    document.add(line(text(language, "documents.date", day(gift, language)), BODY, false));
                    document.add(line(text(language, "documents.amount", money(gift.amount(), language)), BODY, false));
                    document.add(line(text(language, "documents.designation", designation(gift, language)), BODY,
                            false));
                    document.add(line(" ", BODY, false));
                    legal(document, language);
                    document.add(line(text(language, "documents.receipt.thanks"), BODY, false));
                });
    }

    byte[] statement(String donor, int year, List<GiftSummary> gifts, Locale reader) {
        Locale language = fonts.documentLanguage(reader);
        String title = text(language, "documents.statement.title", String.valueOf(year));
        return PdfDocuments.write(language, title, document -> {
            document.add(line(text(language, "app.organisation"), TITLE, true));
            document.add(line(title, BODY, false));
            document.add(line(text(language, "documents.donor", donor), BODY, false));
            document.add(line(" ", BODY, false));
            PdfPTable table = new PdfPTable(new float[]{3, 5, 3});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : List.of("documents.column.date", "documents.column.designation",
                    "documents.column.amount")) {
                table.addCell(new PdfPCell(fonts.phrase(text(language, header), BODY, true)));
            }
            Map<String, Long> totals = new TreeMap<>();
            gifts.stream().sorted(Comparator.comparing(GiftSummary::givenAt)).forEach(gift -> {
                table.addCell(new PdfPCell(fonts.phrase(day(gift, language), BODY, false)));
                table.addCell(new PdfPCell(fonts.phrase(designation(gift, language), BODY, false)));
                table.addCell(new PdfPCell(fonts.phrase(money(gift.amount(), language), BODY, false)));
                totals.merge(gift.amount().currency(), gift.amount().minorUnits(), Long::sum);
            });
            document.add(table);
            document.add(line(" ", BODY, false));
            if (gifts.isEmpty()) {
                document.add(line(text(language, "documents.statement.none", String.valueOf(year)), BODY, false));
            }
            totals.forEach((currency, minor) -> {
                Paragraph total = line(text(language, "documents.statement.total", currency,
                        money(new Money(minor, currency), language)), BODY, false);
                total.setAlignment(Element.ALIGN_RIGHT);
                document.add(total);
            });
            document.add(line(" ", BODY, false));
            legal(document, language);
        });
    }

    /** An amount as the reader writes money, with the currency's code where its symbol alone could mislead. */
    static String money(Money money, Locale language) {
        String amount = TimeFormats.money(money.minorUnits(), money.currency(), language);
        boolean plain = amount.contains(money.currency())
                || money.currency().equals("USD") && language.getLanguage().equals("en");
        return plain ? amount : amount + " " + money.currency();
    }

    private void legal(com.lowagie.text.Document document, Locale language) throws Exception {
        document.add(line(text(language, "documents.nogoods"), BODY, false));
        if (!language.getLanguage().equals("en")) {
            document.add(line(text(Locale.ENGLISH, "documents.nogoods"), BODY - 2, false));
        }
    }

    private String designation(GiftSummary gift, Locale language) {
        return switch (gift.designation()) {
            case GENERAL -> text(language, "giving.designation.general");
            case CIRCLES_SCHOLARSHIPS -> text(language, "giving.designation.circles_scholarships");
            case CAMPAIGN -> text(language, "documents.campaign", gift.campaign());
        };
    }

    private static String day(GiftSummary gift, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(gift.givenAt().atZone(ZoneOffset.UTC));
    }

    private Paragraph line(String text, float size, boolean heading) {
        return new Paragraph(fonts.phrase(text, size, heading));
    }

    private String text(Locale language, String key, Object... arguments) {
        return texts.get(key, language, arguments);
    }
}

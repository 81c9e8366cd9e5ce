package org.centerformsc.portal.giving;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Receipts and year-end statements as PDF (OpenPDF). Gifts only: course fees are payments for a service and never
 * appear here. In English, as tax offices expect; amounts in each gift's own currency.
 */
final class GiftDocuments {

    static final String ORGANISATION = "Center for Mindful Self-Compassion";
    static final String NO_GOODS = "No goods or services were provided in exchange for this contribution.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 11);

    private GiftDocuments() {
    }

    static byte[] receipt(String donor, GiftSummary gift) {
        return pdf(document -> {
            document.add(new Paragraph(ORGANISATION, TITLE));
            document.add(new Paragraph("Gift receipt no. " + gift.id(), BODY));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Donor: " + donor, BODY));
            document.add(new Paragraph("Date: " + DAY.format(gift.givenAt().atZone(ZoneOffset.UTC)), BODY));
            document.add(new Paragraph("Amount: " + money(gift.amount()), BODY));
            document.add(new Paragraph("Designation: " + designation(gift), BODY));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(NO_GOODS, BODY));
            document.add(new Paragraph("Thank you for helping us share self-compassion around the world.", BODY));
        });
    }

    static byte[] statement(String donor, int year, List<GiftSummary> gifts) {
        return pdf(document -> {
            document.add(new Paragraph(ORGANISATION, TITLE));
            document.add(new Paragraph("Statement of gifts for " + year, BODY));
            document.add(new Paragraph("Donor: " + donor, BODY));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[]{3, 5, 3});
            table.setWidthPercentage(100);
            table.addCell("Date");
            table.addCell("Designation");
            table.addCell("Amount");
            Map<String, Long> totals = new TreeMap<>();
            gifts.stream().sorted(java.util.Comparator.comparing(GiftSummary::givenAt)).forEach(gift -> {
                table.addCell(DAY.format(gift.givenAt().atZone(ZoneOffset.UTC)));
                table.addCell(designation(gift));
                table.addCell(money(gift.amount()));
                totals.merge(gift.amount().currency(), gift.amount().minorUnits(), Long::sum);
            });
            document.add(table);
            document.add(new Paragraph(" "));
            if (gifts.isEmpty()) {
                document.add(new Paragraph("No gifts were recorded in " + year + ".", BODY));
            }
            totals.forEach((currency, minor) -> {
                Paragraph total = new Paragraph("Total " + currency + ": " + money(new Money(minor, currency)), BODY);
                total.setAlignment(Element.ALIGN_RIGHT);
                document.add(total);
            });
            document.add(new Paragraph(" "));
            document.add(new Paragraph(NO_GOODS, BODY));
        });
    }

    static String money(Money money) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        return format.format(BigDecimal.valueOf(money.minorUnits(), currency.getDefaultFractionDigits()))
                + (money.currency().equals("USD") ? "" : " " + money.currency());
    }

    private static String designation(GiftSummary gift) {
        return switch (gift.designation()) {
            case GENERAL -> "General fund";
            case CIRCLES_SCHOLARSHIPS -> "Circles of Practice scholarships";
            case CAMPAIGN -> "Campaign " + gift.campaign();
        };
    }

    private interface Content {
        void write(Document document) throws Exception;
    }

    private static byte[] pdf(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            content.write(document);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}

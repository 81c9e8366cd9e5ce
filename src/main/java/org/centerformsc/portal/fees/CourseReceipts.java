package org.centerformsc.portal.fees;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The receipt of a course payment (OpenPDF): a fee paid for a course, so no donation wording and nothing a tax office
 * would read as a gift. In English for now, like the gift receipts; dates in the course's own zone.
 */
@Component
class CourseReceipts {

    static final String ORGANISATION = "Center for Mindful Self-Compassion";
    static final String NOT_A_GIFT = "This is a receipt for a course fee. It is not a donation receipt.";
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 11);

    byte[] receipt(CoursePayment payment, String participant, OfferingCard course) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            String amount = TimeFormats.money(payment.getAmountMinor(), payment.getCurrency(), Locale.US);
            document.add(new Paragraph(ORGANISATION, TITLE));
            document.add(new Paragraph("Course payment receipt no. " + payment.getId(), BODY));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Participant: " + participant, BODY));
            document.add(new Paragraph("Course: " + course.title() + " (" + course.code() + ")", BODY));
            document.add(new Paragraph("Starts: " + TimeFormats.date(course.firstSessionStart(), course.zone(),
                    Locale.US), BODY));
            document.add(new Paragraph("Paid on: " + TimeFormats.date(payment.getPaidAt(), course.zone(), Locale.US),
                    BODY));
            document.add(new Paragraph("Amount paid: " + amount + " (" + priceName(payment.getPriceReason()) + ")",
                    BODY));
            if (payment.getScholarshipMinor() > 0) {
                document.add(new Paragraph("Scholarship: " + TimeFormats.money(payment.getScholarshipMinor(),
                        payment.getCurrency(), Locale.US) + " of the course fee covered by the scholarship fund", BODY));
            }
            if (payment.getRefundedMinor() > 0) {
                document.add(new Paragraph("Refunded: " + TimeFormats.money(payment.getRefundedMinor(),
                        payment.getCurrency(), Locale.US), BODY));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(NOT_A_GIFT, BODY));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the course receipt", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String priceName(PriceReason reason) {
        return switch (reason) {
            case EARLY_BIRD -> "early-bird price";
            case SUPPORTED -> "supported price";
            case SUSTAINING -> "sustaining price";
            case SCHOLARSHIP -> "course fee less a scholarship";
            case REGULAR -> "course fee";
        };
    }
}

package org.centerformsc.portal.fees;

import com.lowagie.text.Paragraph;
import org.centerformsc.portal.base.DocumentFonts;
import org.centerformsc.portal.base.PdfDocuments;
import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The receipt of a course payment: a fee paid for a course, so no donation wording and nothing a tax office would
 * read as a gift. In the participant's language with its fonts embedded (docs/decisions/019); dates in the course's
 * own zone.
 */
@Component
class CourseReceipts {

    private static final float TITLE = 16;
    private static final float BODY = 11;

    private final Texts texts;
    private final DocumentFonts fonts;

    CourseReceipts(Texts texts, DocumentFonts fonts) {
        this.texts = texts;
        this.fonts = fonts;
    }

    byte[] receipt(CoursePayment payment, String participant, OfferingCard course, Locale reader) {
        Locale language = fonts.documentLanguage(reader);
        String title = texts.get("documents.course.title", language, String.valueOf(payment.getId()));
        return PdfDocuments.write(language, title, document -> {
            document.add(line(texts.get("app.organisation", language), TITLE, true));
            document.add(line(title, BODY, false));
            document.add(line(" ", BODY, false));
            document.add(line(texts.get("documents.course.participant", language, participant), BODY, false));
            document.add(line(texts.get("documents.course.course", language, course.title(), course.code()), BODY,
                    false));
            document.add(line(texts.get("documents.course.starts", language,
                    TimeFormats.date(course.firstSessionStart(), course.zone(), language)), BODY, false));
            document.add(line(texts.get("documents.course.paidon", language,
                    TimeFormats.date(payment.getPaidAt(), course.zone(), language)), BODY, false));
            document.add(line(texts.get("documents.course.amount", language,
                    money(payment.getAmountMinor(), payment, language),
                    texts.get("documents.course.reason." + payment.getPriceReason().name().toLowerCase(Locale.ROOT),
                            language)), BODY, false));
            if (payment.getScholarshipMinor() > 0) {
                document.add(line(texts.get("documents.course.scholarship", language,
                        money(payment.getScholarshipMinor(), payment, language)), BODY, false));
            }
            if (payment.getRefundedMinor() > 0) {
                document.add(line(texts.get("documents.course.refunded", language,
                        money(payment.getRefundedMinor(), payment, language)), BODY, false));
            }
            document.add(line(" ", BODY, false));
            document.add(line(texts.get("documents.course.notagift", language), BODY, false));
        });
    }

    private static String money(long minor, CoursePayment payment, Locale language) {
        return TimeFormats.money(minor, payment.getCurrency(), language);
    }

    private Paragraph line(String text, float size, boolean heading) {
        return new Paragraph(fonts.phrase(text, size, heading));
    }
}

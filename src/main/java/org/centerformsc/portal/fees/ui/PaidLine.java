package org.centerformsc.portal.fees.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.CoursePaymentLine;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/** What the member paid for a course, and its receipt (the service checks that the payment is theirs). */
public class PaidLine extends Paragraph {

    public PaidLine(CoursePaymentLine payment, CheckoutService checkouts, Locale locale) {
        addClassName("paid-line");
        String amount = TimeFormats.money(payment.amountMinor(), payment.currency(), locale);
        String why = switch (payment.reason()) {
            case EARLY_BIRD -> getTranslation("checkout.paid.earlybird", amount);
            case SUPPORTED -> getTranslation("checkout.paid.supported", amount);
            case SUSTAINING -> getTranslation("checkout.paid.sustaining", amount);
            case SCHOLARSHIP -> getTranslation("checkout.paid.scholarship", amount,
                    TimeFormats.money(payment.scholarshipMinor(), payment.currency(), locale));
            case REGULAR -> getTranslation("checkout.paid.regular", amount);
        };
        add(new Span(why + " "));
        Anchor receipt = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = checkouts.receipt(payment.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "course-receipt-" + payment.id() + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("checkout.receipt"));
        receipt.setTarget("_blank");
        receipt.addClassName("course-receipt");
        add(receipt);
    }
}

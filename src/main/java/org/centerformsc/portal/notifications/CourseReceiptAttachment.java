package org.centerformsc.portal.notifications;

import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.member.MemberId;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** A course payment's receipt as PDF, in the reader's language, as it stands when sent (a refund shows on it). */
@Component
class CourseReceiptAttachment implements AttachmentSource {

    static final String PREFIX = "course-payment:";

    private final CheckoutService checkout;

    CourseReceiptAttachment(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @Override
    public boolean serves(NotificationKind kind, String about) {
        return kind == NotificationKind.COURSE_PAYMENT && about.startsWith(PREFIX);
    }

    @Override
    public Optional<Attachment> attachment(NotificationKind kind, String about, MemberId member, Locale language) {
        long payment = AttachmentSource.idOf(about);
        return checkout.memberReceipt(payment, member, language)
                .map(pdf -> new Attachment("course-receipt-" + payment + ".pdf", "application/pdf", pdf));
    }
}

package org.centerformsc.portal.notifications;

import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.member.MemberId;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** A gift's receipt as PDF, in the reader's language, for the receipt notification. */
@Component
class GiftReceiptAttachment implements AttachmentSource {

    static final String PREFIX = "gift:";

    private final GivingService giving;

    GiftReceiptAttachment(GivingService giving) {
        this.giving = giving;
    }

    @Override
    public boolean serves(NotificationKind kind, String about) {
        return kind == NotificationKind.GIFT_RECEIPT && about.startsWith(PREFIX);
    }

    @Override
    public Optional<Attachment> attachment(NotificationKind kind, String about, MemberId member, Locale language) {
        long gift = AttachmentSource.idOf(about);
        return giving.memberReceipt(gift, member, language)
                .map(pdf -> new Attachment("receipt-" + gift + ".pdf", "application/pdf", pdf));
    }
}

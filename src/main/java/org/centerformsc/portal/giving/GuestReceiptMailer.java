package org.centerformsc.portal.giving;

import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails a guest's receipt once their gift is committed. Only guests: a member's receipt is a notification, written
 * with the gift (the notifications feature listens to {@link GiftRecorded}), but a guest has no member account to
 * notify, only the e-mail they gave, so theirs is sent here. Without a mail server configured (the embedded default)
 * it logs that it skipped; a failing server is logged and never undoes the gift.
 */
@Component
class GuestReceiptMailer {

    private static final Logger log = LoggerFactory.getLogger(GuestReceiptMailer.class);

    private final GivingService giving;
    private final GiftMail mail;

    GuestReceiptMailer(GivingService giving, GiftMail mail) {
        this.giving = giving;
        this.mail = mail;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(GiftRecorded gift) {
        if (gift.member() != null) {
            return;
        }
        if (!mail.configured()) {
            log.info("Receipt e-mail for gift {} skipped: no mail server configured (spring.mail.host)", gift.giftId());
            return;
        }
        GivingService.ReceiptMail receipt = SystemAuthentication.asSystem(
                () -> giving.guestReceiptMail(gift.giftId()));
        if (!mail.sendReceipt(receipt, gift.giftId())) {
            log.warn("Receipt e-mail for gift {} could not be sent", gift.giftId());
        }
    }
}

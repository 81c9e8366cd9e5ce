package org.centerformsc.portal.giving;

import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails each gift's receipt once the gift is committed. Without a mail server configured (the embedded default)
 * it logs that it skipped; a failing server is logged and never undoes the gift.
 */
@Component
class ReceiptMailer {

    private static final Logger log = LoggerFactory.getLogger(ReceiptMailer.class);

    private final GivingService giving;
    private final GiftMail mail;

    ReceiptMailer(GivingService giving, GiftMail mail) {
        this.giving = giving;
        this.mail = mail;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(GiftRecorded gift) {
        if (!mail.configured()) {
            log.info("Receipt e-mail for gift {} skipped: no mail server configured (spring.mail.host)", gift.giftId());
            return;
        }
        GivingService.ReceiptMail receipt = SystemAuthentication.asSystem(() -> giving.receiptMail(gift.giftId()));
        boolean sent = mail.sendReceipt(receipt, gift.giftId());
        if (!sent && receipt.email() != null) {
            log.warn("Receipt e-mail for gift {} could not be sent", gift.giftId());
        }
    }
}

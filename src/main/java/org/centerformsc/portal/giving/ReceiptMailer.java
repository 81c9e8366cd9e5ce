package org.centerformsc.portal.giving;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    ReceiptMailer(GivingService giving, ObjectProvider<JavaMailSender> mail,
                  @Value("${portal.mail.from:giving@centerformsc.org}") String from) {
        this.giving = giving;
        this.mail = mail;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(GiftRecorded gift) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Receipt e-mail for gift {} skipped: no mail server configured (spring.mail.host)", gift.giftId());
            return;
        }
        GivingService.ReceiptMail receipt = SystemAuthentication.asStaff(() -> giving.receiptMail(gift.giftId()));
        if (receipt.email() == null) {
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(receipt.email());
            helper.setSubject("Your gift receipt: " + receipt.amount());
            helper.setText("Dear " + receipt.name() + ",\n\nThank you for your gift of " + receipt.amount()
                    + " to the Center for Mindful Self-Compassion. Your receipt is attached.\n\n"
                    + "With gratitude,\nThe CMSC team\n");
            helper.addAttachment("receipt-" + gift.giftId() + ".pdf", new ByteArrayResource(receipt.pdf()),
                    "application/pdf");
            sender.send(message);
        } catch (MessagingException | MailException failed) {
            log.warn("Receipt e-mail for gift {} could not be sent", gift.giftId(), failed);
        }
    }
}

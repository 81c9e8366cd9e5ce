package org.centerformsc.portal.giving;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.base.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Sends the giving feature's own letters with a PDF attached (the year's statement a member asks for, a guest's
 * receipt), when a mail server is configured (spring.mail.host).
 */
@Component
class GiftMail {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Texts texts;

    GiftMail(ObjectProvider<JavaMailSender> mail, @Value("${portal.mail.from:giving@centerformsc.org}") String from,
             Texts texts) {
        this.mail = mail;
        this.from = from;
        this.texts = texts;
    }

    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    boolean send(String email, String name, int year, Locale language, byte[] pdf) {
        String when = String.valueOf(year);
        return sendPdf(email, texts.get("giving.mail.statement.subject", language, when),
                texts.get("giving.mail.statement.body", language, name, when), "gifts-" + year + ".pdf", pdf);
    }

    /** The receipt of a guest's gift (members get theirs as a notification). */
    boolean sendReceipt(GivingService.ReceiptMail receipt, long giftId) {
        return sendPdf(receipt.email(), texts.get("giving.mail.receipt.subject", receipt.language(), receipt.amount()),
                texts.get("giving.mail.receipt.body", receipt.language(), receipt.name(), receipt.amount()),
                "receipt-" + giftId + ".pdf", receipt.pdf());
    }

    /** False when there is no mail server or address, or the server refused: callers never fail because of mail. */
    private boolean sendPdf(String email, String subject, String text, String fileName, byte[] pdf) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email);
            helper.setSubject(subject);
            helper.setText(text);
            helper.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
            sender.send(message);
            return true;
        } catch (MessagingException | MailException failed) {
            return false;
        }
    }
}

package org.centerformsc.portal.giving;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends the giving feature's letters with a PDF attached, when a mail server is configured (spring.mail.host). */
@Component
class GiftMail {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    GiftMail(ObjectProvider<JavaMailSender> mail, @Value("${portal.mail.from:giving@centerformsc.org}") String from) {
        this.mail = mail;
        this.from = from;
    }

    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    boolean send(String email, String name, int year, byte[] pdf) {
        return sendPdf(email, "Your " + year + " giving statement", "Dear " + name + ",\n\nAttached is the statement"
                + " of your gifts to the Center for Mindful Self-Compassion in " + year + ". Thank you.\n\n"
                + "The CMSC team\n", "gifts-" + year + ".pdf", pdf);
    }

    /** False when there is no mail server or address, or the server refused: callers never fail because of mail. */
    boolean sendPdf(String email, String subject, String text, String fileName, byte[] pdf) {
        return send(email, subject, text, fileName, pdf);
    }

    /** A plain letter without attachment; false as for {@link #sendPdf}. */
    boolean sendText(String email, String subject, String text) {
        return send(email, subject, text, null, null);
    }

    private boolean send(String email, String subject, String text, String fileName, byte[] pdf) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, pdf != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email);
            helper.setSubject(subject);
            helper.setText(text);
            if (pdf != null) {
                helper.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
            }
            sender.send(message);
            return true;
        } catch (MessagingException | MailException failed) {
            return false;
        }
    }
}

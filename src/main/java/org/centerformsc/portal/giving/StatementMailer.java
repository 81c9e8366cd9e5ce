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

/** Sends a year-end statement by e-mail when a mail server is configured. */
@Component
class StatementMailer {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    StatementMailer(ObjectProvider<JavaMailSender> mail, @Value("${portal.mail.from:giving@centerformsc.org}") String from) {
        this.mail = mail;
        this.from = from;
    }

    boolean send(String email, String name, int year, byte[] pdf) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email);
            helper.setSubject("Your " + year + " giving statement");
            helper.setText("Dear " + name + ",\n\nAttached is the statement of your gifts to the Center for Mindful "
                    + "Self-Compassion in " + year + ". Thank you.\n\nThe CMSC team\n");
            helper.addAttachment("gifts-" + year + ".pdf", new ByteArrayResource(pdf), "application/pdf");
            sender.send(message);
            return true;
        } catch (MessagingException | MailException failed) {
            return false;
        }
    }
}

package org.centerformsc.portal;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The mail the run's local SMTP server ({@link SharedTestMailServer}) has received, read as a person would. */
public final class TestMail {

    private TestMail() {
    }

    /** Every message sent to this address so far, oldest first. */
    public static List<MimeMessage> to(String email) {
        return Arrays.stream(SharedTestMailServer.server().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(email));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The plain text of a message, whether it has attachments or not. */
    public static String text(MimeMessage message) throws MessagingException, IOException {
        return text(message.getContent());
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (!(content instanceof Multipart parts)) {
            return String.valueOf(content);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                text.append(text(part.getContent()));
            }
        }
        return text.toString();
    }

    /** The attached files of a message by name, with their content. */
    public static java.util.Map<String, byte[]> attachments(MimeMessage message) throws MessagingException, IOException {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var part = parts.getBodyPart(i);
                if (part.getFileName() != null) {
                    try (var in = part.getInputStream()) {
                        files.put(part.getFileName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    /** The content types of a message's parts (e.g. application/pdf for an attached receipt). */
    public static List<String> attachmentTypes(MimeMessage message) throws MessagingException, IOException {
        if (!(message.getContent() instanceof Multipart parts)) {
            return List.of();
        }
        List<String> types = new java.util.ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                types.add(parts.getBodyPart(i).getContentType());
            }
        }
        return types;
    }
}

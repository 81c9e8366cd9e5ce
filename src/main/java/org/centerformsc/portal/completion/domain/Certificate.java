package org.centerformsc.portal.completion.domain;

import org.centerformsc.portal.completion.OutsideCompletion;

import java.util.Arrays;
import java.util.Locale;

/**
 * An uploaded certificate: PDF, PNG or JPEG, at most {@link OutsideCompletion#MAX_CERTIFICATE_BYTES}. The type is
 * read from the file's first bytes, not from its name or the browser's word for it.
 */
public record Certificate(String fileName, String contentType, byte[] content) {

    public static Certificate of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("certificate.empty");
        }
        if (content.length > OutsideCompletion.MAX_CERTIFICATE_BYTES) {
            throw new IllegalArgumentException("certificate.toolarge");
        }
        String type = sniff(content);
        if (type == null) {
            throw new IllegalArgumentException("certificate.type");
        }
        String safeName = fileName == null ? "certificate" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return new Certificate(safeName.length() > 150 ? safeName.substring(0, 150) : safeName, type, content);
    }

    static String sniff(byte[] content) {
        if (startsWith(content, new byte[]{'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    public String extension() {
        return contentType.substring(contentType.indexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}

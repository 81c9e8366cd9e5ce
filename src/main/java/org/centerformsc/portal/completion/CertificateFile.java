package org.centerformsc.portal.completion;

public record CertificateFile(String fileName, String contentType, byte[] content) {
}

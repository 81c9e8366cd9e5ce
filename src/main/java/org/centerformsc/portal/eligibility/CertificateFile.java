package org.centerformsc.portal.eligibility;

public record CertificateFile(String fileName, String contentType, byte[] content) {
}

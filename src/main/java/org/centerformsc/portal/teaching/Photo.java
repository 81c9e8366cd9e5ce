package org.centerformsc.portal.teaching;

public record Photo(byte[] content, String contentType) {
}

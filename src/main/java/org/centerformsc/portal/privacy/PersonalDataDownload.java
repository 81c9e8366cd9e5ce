package org.centerformsc.portal.privacy;

/** The ZIP a member downloads: one JSON file per holder and a summary to read. */
public record PersonalDataDownload(String fileName, byte[] content) {
}

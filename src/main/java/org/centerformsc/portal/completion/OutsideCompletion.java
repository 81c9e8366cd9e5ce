package org.centerformsc.portal.completion;

import java.time.LocalDate;

/**
 * A member's claim of a program completed with another organisation; the certificate (PDF, PNG or JPEG, at most
 * {@link #MAX_CERTIFICATE_BYTES}) is optional.
 */
public record OutsideCompletion(String programCode, String organisation, LocalDate completedOn,
                                String certificateFileName, byte[] certificate) {

    public static final int MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024;
}

package org.centerformsc.portal.eligibility;

import java.time.LocalDate;

/** A member's claim of a program completed with another organisation; the certificate is optional. */
public record OutsideCompletion(String programCode, String organisation, LocalDate completedOn,
                                String certificateFileName, byte[] certificate) {
}

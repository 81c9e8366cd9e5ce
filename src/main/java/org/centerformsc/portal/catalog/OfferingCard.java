package org.centerformsc.portal.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** An offering as the catalog shows it; the public facts only (no join link). */
public record OfferingCard(OfferingId id, String code, String title, String programCode, String programName,
                           ZoneId zone, OfferingFormat format, String venue, String language, List<String> teachers,
                           Integer capacity, Price price, Instant firstSessionStart, Instant firstSessionEnd,
                           Instant lastSessionEnd,
                           int sessionCount, Instant registrationOpensAt, Instant registrationClosesAt,
                           OfferingStatus status, RefundPolicy refundPolicy,
                           FeeOptions feeOptions) {

    public boolean published() {
        return status == OfferingStatus.PUBLISHED;
    }

    public boolean cancelled() {
        return status == OfferingStatus.CANCELLED;
    }

    public boolean isOpenForRegistrationAt(Instant when) {
        return published() && !when.isBefore(registrationOpensAt) && when.isBefore(registrationClosesAt);
    }
}

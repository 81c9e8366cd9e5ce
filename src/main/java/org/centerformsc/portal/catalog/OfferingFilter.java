package org.centerformsc.portal.catalog;

import java.time.Instant;

/**
 * What a visitor narrows the catalog to; null fields do not filter. Offerings are listed while they have not
 * ended ({@code endsAfter}); the month filter is a range of first-session instants the view computes in the
 * viewer's own zone.
 */
public record OfferingFilter(String programCode, OfferingFormat format, String language, Instant startsFrom,
                             Instant startsBefore, Boolean free, Instant endsAfter) {

    public static OfferingFilter upcoming(Instant now) {
        return new OfferingFilter(null, null, null, null, null, null, now);
    }
}

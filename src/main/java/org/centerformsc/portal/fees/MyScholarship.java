package org.centerformsc.portal.fees;

import java.time.Instant;

/**
 * The member's own scholarship request for an offering: asked, granted (and what it makes the price) or declined
 * (and why). {@code price} is what the member pays with it now, null unless granted.
 */
public record MyScholarship(ScholarshipStatus status, String reason, Instant requestedAt, ScholarshipGrant grant,
                            PriceQuote price, String declineReason) {
}

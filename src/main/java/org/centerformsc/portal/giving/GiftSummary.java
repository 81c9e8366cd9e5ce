package org.centerformsc.portal.giving;

import java.time.Instant;

public record GiftSummary(long id, Money amount, Designation designation, String campaign, Instant givenAt) {
}

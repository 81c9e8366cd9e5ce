package org.centerformsc.portal.giving;

import java.time.Instant;

public record GiftSummary(Money amount, String campaign, Instant givenAt) {
}

package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/** A gift was received: through the payment provider, or recorded by staff by hand. */
public record GiftRecorded(long giftId, MemberId member, Money amount, String campaign, Instant givenAt) {
}

package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/**
 * A gift was received: through the payment provider, or recorded by staff by hand. {@code member} is null for a
 * guest's gift (given without an account). Published inside the transaction that records the gift.
 */
public record GiftRecorded(long giftId, MemberId member, Money amount, String campaign, Instant givenAt) {
}

package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberId;

import java.time.Instant;

/** A gift was received (for now: recorded by staff by hand). */
public record GiftRecorded(MemberId member, Money amount, String campaign, Instant givenAt) {
}

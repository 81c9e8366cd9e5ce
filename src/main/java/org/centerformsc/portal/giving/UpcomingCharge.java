package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;

/** A recurring gift's next charge: of {@code amount}, on {@code chargeOn}. */
public record UpcomingCharge(long recurringGiftId, MemberId member, Money amount, LocalDate chargeOn) {
}

package org.centerformsc.portal.fees;

import java.time.Instant;

/**
 * What a member who paid would get back by withdrawing now, for the withdraw dialog: {@code backMinor} of
 * {@code paidMinor}; {@code deadline} is the end of refunds (null when the course has none).
 */
public record WithdrawalQuote(String currency, long paidMinor, long backMinor, long feeMinor, Instant deadline) {
}

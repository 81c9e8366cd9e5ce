package org.centerformsc.portal.giving;

import java.util.List;

/**
 * The signed-in member's recurring gifts, newest first, and the provider's page where they update their card (null
 * when there is none: demo payments, or no gift yet): what the giving page reads in one go.
 */
public record MyRecurringGifts(List<RecurringGiftView> gifts, String cardUpdateUrl) {
}

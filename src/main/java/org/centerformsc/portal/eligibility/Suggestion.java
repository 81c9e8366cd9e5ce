package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.catalog.OfferingCard;

/**
 * An offering that would satisfy a missing completion in time. {@code forOffering} is null when it fits the
 * offering asked about, or names a later run of that program it would fit instead.
 */
public record Suggestion(OfferingCard offering, OfferingCard forOffering) {
}

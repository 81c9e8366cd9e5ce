package org.centerformsc.portal.courses.ui;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.enrollment.Seats;

/** One catalog entry with its seat counts and, for members, its eligibility badge; fetched together per page. */
record Listing(OfferingCard card, Seats seats, String eligibility) {
}

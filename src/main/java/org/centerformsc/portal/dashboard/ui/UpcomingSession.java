package org.centerformsc.portal.dashboard.ui;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.SessionTime;

/** One session of an offering the member is enrolled in, with its position in the course. */
record UpcomingSession(OfferingCard offering, SessionTime session, int number) {
}

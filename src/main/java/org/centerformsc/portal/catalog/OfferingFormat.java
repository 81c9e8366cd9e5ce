package org.centerformsc.portal.catalog;

/** How an offering is attended: online (a join link), at a venue, or both at once. */
public enum OfferingFormat {
    ONLINE, IN_PERSON, HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean isOnline() {
        return this != IN_PERSON;
    }
}

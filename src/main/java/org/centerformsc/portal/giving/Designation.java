package org.centerformsc.portal.giving;

/** What a gift is for. A campaign (Giving Tuesday, an event's replay) carries its code beside it. */
public enum Designation {
    GENERAL, CIRCLES_SCHOLARSHIPS, CAMPAIGN
}

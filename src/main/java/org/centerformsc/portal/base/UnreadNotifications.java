package org.centerformsc.portal.base;

/** The signed-in member's unread notifications, for the layout's bell; base knows notifications only by this port. */
public interface UnreadNotifications {

    /** How many; 0 for visitors. */
    long unread();
}

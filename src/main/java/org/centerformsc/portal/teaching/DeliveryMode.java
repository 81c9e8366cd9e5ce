package org.centerformsc.portal.teaching;

/** How a visitor wants to be taught: either way, online, or in person. */
public enum DeliveryMode {
    ANY, ONLINE, IN_PERSON
}

package org.centerformsc.portal.catalog;

public enum OfferingFormat {
    ONLINE, IN_PERSON
}

package org.centerformsc.portal.giving;

public enum Frequency {
    ONCE, MONTHLY, YEARLY
}

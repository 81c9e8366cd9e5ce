package org.centerformsc.portal.fees;

/** Where on an offering's sliding scale a member chooses to pay (docs/decisions/018). */
public enum PriceChoice {
    SUPPORTED, STANDARD, SUSTAINING
}

package org.centerformsc.portal.fees;

/** Why a member pays what they pay for a course. */
public enum PriceReason {
    REGULAR, EARLY_BIRD
}

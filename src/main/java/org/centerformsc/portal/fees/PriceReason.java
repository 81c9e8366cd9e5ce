package org.centerformsc.portal.fees;

/** Why a member pays what they pay for a course. */
public enum PriceReason {
    REGULAR, EARLY_BIRD, SUPPORTED, SUSTAINING, SCHOLARSHIP;

    /** The choice on the sliding scale this price comes from; a scholarship reduces the standard price. */
    public PriceChoice choice() {
        return switch (this) {
            case SUPPORTED -> PriceChoice.SUPPORTED;
            case SUSTAINING -> PriceChoice.SUSTAINING;
            default -> PriceChoice.STANDARD;
        };
    }
}

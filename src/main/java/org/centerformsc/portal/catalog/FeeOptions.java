package org.centerformsc.portal.catalog;

/**
 * What a member may choose or ask for besides an offering's standard price (docs/decisions/018): a supported price
 * below it and a sustaining price above it, chosen freely (a sliding scale), and whether scholarships may be asked
 * for. Either price may be absent.
 */
public record FeeOptions(Long supportedMinor, Long sustainingMinor, boolean scholarships) {

    public static final FeeOptions NONE = new FeeOptions(null, null, false);

    public FeeOptions {
        if ((supportedMinor != null && supportedMinor <= 0) || (sustainingMinor != null && sustainingMinor <= 0)) {
            throw new IllegalArgumentException("A tier's price must be above zero");
        }
    }

    public boolean hasTiers() {
        return supportedMinor != null || sustainingMinor != null;
    }
}

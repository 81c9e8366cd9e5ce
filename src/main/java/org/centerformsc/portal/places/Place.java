package org.centerformsc.portal.places;

import java.util.Locale;

/**
 * A city (GeoNames id) or a United States ZIP code with its coordinates. Only cities are ever stored with a
 * teacher; ZIP codes are a way to say where a visitor searches from.
 */
public record Place(String id, String name, String region, String countryCode, double latitude, double longitude,
                    long population) {

    public boolean isCity() {
        return !id.startsWith(ZIP_PREFIX);
    }

    /** "Utrecht, Utrecht, Netherlands" in the reader's language; the region is left out when it repeats the name. */
    public String label(Locale locale) {
        StringBuilder label = new StringBuilder(isCity() ? name : id.substring(ZIP_PREFIX.length()) + " " + name);
        if (region != null && !region.isBlank() && !region.equals(name)) {
            label.append(", ").append(region);
        }
        return label.append(", ").append(countryName(locale)).toString();
    }

    public String countryName(Locale locale) {
        return new Locale("", countryCode).getDisplayCountry(locale);
    }

    static final String ZIP_PREFIX = "US-";
}

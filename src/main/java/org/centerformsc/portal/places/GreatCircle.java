package org.centerformsc.portal.places;

/** Distances on the Earth as a sphere (haversine): within 0.5 % of the ellipsoid, plenty for "near me". */
public final class GreatCircle {

    /** The mean Earth radius (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static double km(Place a, Place b) {
        return km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /** The latitude/longitude box that holds every point within radiusKm of the centre; lets an index prune. */
    public static Box boxAround(double lat, double lon, double radiusKm) {
        double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double minLat = Math.max(-90, lat - dLat);
        double maxLat = Math.min(90, lat + dLat);
        double cosLat = Math.cos(Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat))));
        if (maxLat >= 90 || minLat <= -90 || cosLat < 1e-6) {
            return new Box(minLat, maxLat, -180, 180);
        }
        double dLon = Math.toDegrees(radiusKm / (EARTH_RADIUS_KM * cosLat));
        if (dLon >= 180) {
            return new Box(minLat, maxLat, -180, 180);
        }
        return new Box(minLat, maxLat, lon - dLon, lon + dLon);
    }

    /**
     * minLon may be below -180 or maxLon above 180 when the box crosses the antimeridian; {@link #containsLongitude}
     * and the directory's query treat such a box as two ranges.
     */
    public record Box(double minLat, double maxLat, double minLon, double maxLon) {

        public boolean crossesAntimeridian() {
            return minLon < -180 || maxLon > 180;
        }

        public boolean containsLongitude(double lon) {
            return (lon >= minLon && lon <= maxLon) || (lon + 360 >= minLon && lon + 360 <= maxLon)
                    || (lon - 360 >= minLon && lon - 360 <= maxLon);
        }
    }
}

package org.centerformsc.portal.places;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GazetteerTest {

    static PlaceIndex places;

    @BeforeAll
    static void load() {
        places = PlaceIndex.loadBundled();
    }

    /** Published great-circle distances between city centres, to within 1 %. */
    @ParameterizedTest(name = "{0} - {1}: {2} km")
    @CsvSource(textBlock = """
            Utrecht,     Amsterdam,   35
            Utrecht,     Amersfoort,  20
            London,      Paris,       344
            New York City, Los Angeles, 3936
            Sydney,      Melbourne,   714
            Tokyo,       Osaka,       397
            Madrid,      Barcelona,   505
            """)
    void distancesBetweenKnownCities(String from, String to, double km) {
        Place a = places.resolve(from).orElseThrow();
        Place b = places.resolve(to).orElseThrow();
        assertThat(GreatCircle.km(a, b)).isCloseTo(km, within(km * 0.01 + 0.5));
    }

    @Test
    void aNameMeansItsLargestPlace() {
        Place utrecht = places.resolve("utrecht").orElseThrow();
        assertThat(utrecht.countryCode()).isEqualTo("NL");
        assertThat(utrecht.label(Locale.ENGLISH)).isEqualTo("Utrecht, Netherlands");
        assertThat(places.resolve("Paris").orElseThrow().countryCode()).isEqualTo("FR");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(places.resolve("koln").orElseThrow().name()).isEqualTo("Köln");
        assertThat(places.resolve("ZÜRICH").orElseThrow().countryCode()).isEqualTo("CH");
    }

    @Test
    void suggestionsPutTheExactNameFirstThenLargerPlaces() {
        assertThat(places.suggest("Utrecht", 0, 5)).first().satisfies(p -> assertThat(p.countryCode()).isEqualTo("NL"));
        assertThat(places.suggest("Amst", 0, 3)).extracting(Place::name).first().isEqualTo("Amsterdam");
        assertThat(places.suggest("Amst", 1, 2)).hasSize(2).doesNotContain(places.suggest("Amst", 0, 1).get(0));
    }

    @Test
    void aUsZipCodeResolvesToItsArea() {
        Place zip = places.resolve("94110").orElseThrow();
        assertThat(zip.isCity()).isFalse();
        assertThat(zip.name()).isEqualTo("San Francisco");
        assertThat(GreatCircle.km(zip, places.resolve("San Francisco").orElseThrow())).isLessThan(10);
    }

    @Test
    void nothingIsMadeUp() {
        assertThat(places.resolve("Qwxzzy")).isEmpty();
        assertThat(places.resolve("00000")).isEmpty();
        assertThat(places.suggest("   ", 0, 10)).isEmpty();
    }

    @Test
    void theSearchBoxHoldsEveryPointWithinTheRadius() {
        for (double lat = -85; lat <= 85; lat += 17) {
            for (double lon = -179; lon <= 180; lon += 29) {
                GreatCircle.Box box = GreatCircle.boxAround(lat, lon, 500);
                for (int bearing = 0; bearing < 360; bearing += 15) {
                    double[] p = destination(lat, lon, bearing, 499.9);
                    assertThat(p[0]).isBetween(box.minLat(), box.maxLat());
                    assertThat(box.containsLongitude(p[1])).as("%s,%s bearing %s", lat, lon, bearing).isTrue();
                }
            }
        }
    }

    /** The point at distance km and bearing from a start (spherical). */
    private static double[] destination(double lat, double lon, double bearing, double km) {
        double d = km / GreatCircle.EARTH_RADIUS_KM;
        double phi = Math.toRadians(lat);
        double theta = Math.toRadians(bearing);
        double phi2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(theta));
        double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi),
                Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
        double lon2 = (Math.toDegrees(lambda2) + 540) % 360 - 180;
        return new double[]{Math.toDegrees(phi2), lon2};
    }
}

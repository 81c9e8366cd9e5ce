package org.centerformsc.portal.teaching;

/**
 * What a visitor searches the directory for; every part is optional. placeId is a gazetteer id (a city or a US
 * ZIP code); withinKm limits the distance from it (null: any distance, still sorted by distance).
 */
public record DirectoryQuery(String name, String placeId, Integer withinKm, TrainingLevel level, String language,
                             DeliveryMode mode) {

    public static DirectoryQuery everyone() {
        return new DirectoryQuery(null, null, null, null, null, DeliveryMode.ANY);
    }
}

package org.centerformsc.portal.places;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Resolves what a visitor types ("Utrecht", "Koln", "94110") to places, offline, from the bundled GeoNames cities
 * and US ZIP codes (src/build/places). No request ever leaves the server to geocode.
 */
@Service
public class Gazetteer {

    private final CompletableFuture<PlaceIndex> index;

    Gazetteer() {
        // loading takes about a second: start it with the application, not on the first visitor's search
        this.index = CompletableFuture.supplyAsync(PlaceIndex::loadBundled);
    }

    /** Places whose name starts with the text (accents and case ignored), or the ZIP code typed; largest first. */
    public List<Place> suggest(String text, int offset, int limit) {
        return index.join().suggest(text, offset, limit);
    }

    public Optional<Place> place(String id) {
        return id == null ? Optional.empty() : index.join().byId(id);
    }

    /** The place a text most likely means: an exact ZIP code, else the largest place of that name. */
    public Optional<Place> resolve(String text) {
        return index.join().resolve(text);
    }
}

package org.centerformsc.portal.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The places in memory, sorted by their folded name so that a prefix is a binary search away. */
final class PlaceIndex {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ZIP = Pattern.compile("\\d{5}");

    private final Place[] byName;
    private final String[] foldedNames;
    private final Map<String, Place> byId;

    PlaceIndex(List<Place> places) {
        // fold each name once: folding inside the comparator would redo it millions of times
        record Folded(String name, Place place) {
        }
        Folded[] sorted = places.stream().map(p -> new Folded(fold(p.name()), p))
                .sorted(Comparator.comparing(Folded::name)).toArray(Folded[]::new);
        this.byName = Arrays.stream(sorted).map(Folded::place).toArray(Place[]::new);
        this.foldedNames = Arrays.stream(sorted).map(Folded::name).toArray(String[]::new);
        this.byId = new HashMap<>(places.size() * 2);
        places.forEach(p -> byId.put(p.id(), p));
    }

    static PlaceIndex loadBundled() {
        List<Place> places = new ArrayList<>(180_000);
        Map<String, String> shared = new HashMap<>();
        read("/places/cities.tsv.gz", f -> places.add(new Place(f[0], f[1], shared.computeIfAbsent(f[2], k -> k),
                f[3].intern(), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[4]))));
        read("/places/us-zip.tsv.gz", f -> places.add(new Place(Place.ZIP_PREFIX + f[0],
                shared.computeIfAbsent(f[1], k -> k), shared.computeIfAbsent(f[2], k -> k), f[3].intern(),
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), 0)));
        return new PlaceIndex(places);
    }

    List<Place> suggest(String text, int offset, int limit) {
        String query = text == null ? "" : text.strip();
        if (ZIP.matcher(query).matches()) {
            return byId(Place.ZIP_PREFIX + query).stream().skip(offset).limit(limit).toList();
        }
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Integer> matches = new ArrayList<>();
        for (int i = lowerBound(folded); i < foldedNames.length && foldedNames[i].startsWith(folded); i++) {
            if (byName[i].isCity()) {
                matches.add(i);
            }
        }
        // the exact name first ("Utrecht" before "Utrechtse Heuvelrug"), then the larger place
        matches.sort(Comparator.comparing((Integer i) -> !foldedNames[i].equals(folded))
                .thenComparing(i -> -byName[i].population()));
        return matches.stream().skip(offset).limit(limit).map(i -> byName[i]).toList();
    }

    Optional<Place> resolve(String text) {
        String query = text == null ? "" : text.strip();
        if (ZIP.matcher(query).matches()) {
            return byId(Place.ZIP_PREFIX + query);
        }
        String folded = fold(query);
        return suggest(query, 0, 1).stream().filter(p -> fold(p.name()).equals(folded)).findFirst();
    }

    Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Lower case without accents: "Köln" and "koln" meet. */
    static String fold(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private int lowerBound(String key) {
        int low = 0;
        int high = foldedNames.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (foldedNames[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void read(String resource, java.util.function.Consumer<String[]> row) {
        try (InputStream raw = PlaceIndex.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("Missing bundled place data " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

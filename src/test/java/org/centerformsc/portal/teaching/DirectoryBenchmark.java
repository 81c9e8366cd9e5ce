package org.centerformsc.portal.teaching;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.Place;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The directory on 10,000 teachers: seeds them straight into the run's MariaDB, then times the searches visitors
 * make (count and first page of 50, as the view asks) and prints median and 95th percentile. A measurement, not a
 * test: it asserts nothing about time and runs only when asked for (docs/benchmarks.md):
 * {@code ./mvnw test -Dtest=DirectoryBenchmark}.
 */
@IntegrationTest
class DirectoryBenchmark {

    private static final int TEACHERS = 10_000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 300;
    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Femke", "Greta", "Hiro",
            "Ines", "Jonas", "Kai", "Lucía", "Mara", "Noah", "Olga", "Pieter", "Rosa", "Sven", "Tomás", "Wei"};
    private static final String[] LAST = {"de Vries", "Jansen", "Müller", "García", "Smith", "Dubois", "Rossi",
            "Tanaka", "Chen", "Andersson", "van Dijk", "Nowak", "Silva", "Kim", "Okafor", "Novak", "Berg"};
    private static final String[] LANGUAGES = {"en", "nl", "de", "es", "fr", "sv", "zh", "ja"};
    private static final String[] LEVELS = {"IN_TRAINING", "TRAINED", "CERTIFIED", "TRAINER"};

    @Autowired
    DirectoryService directory;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searchesOnTenThousandTeachers() {
        long seeded = seed();
        Map<String, DirectoryQuery> searches = new LinkedHashMap<>();
        searches.put("everyone, by name", DirectoryQuery.everyone());
        searches.put("name contains 'van'", new DirectoryQuery("van", null, null, null, null, DeliveryMode.ANY));
        searches.put("Utrecht 50 km, certified, Dutch", new DirectoryQuery(null, id("Utrecht"), 50,
                TrainingLevel.CERTIFIED, "nl", DeliveryMode.ANY));
        searches.put("New York 250 km", new DirectoryQuery(null, id("New York City"), 250, null, null,
                DeliveryMode.ANY));
        searches.put("near London, any distance", new DirectoryQuery(null, id("London"), null, null, null,
                DeliveryMode.ANY));
        searches.put("German, online, any level", new DirectoryQuery(null, null, null, null, "de",
                DeliveryMode.ONLINE));
        System.out.printf("%nDirectory benchmark: %d listed teachers (seeded in %d ms)%n", TEACHERS, seeded);
        System.out.printf("%-34s %8s %10s %10s%n", "search (count + first 50)", "found", "median ms", "p95 ms");
        searches.forEach((name, query) -> {
            long found = directory.count(query);
            double[] millis = time(query);
            System.out.printf("%-34s %8d %10.2f %10.2f%n", name, found, millis[RUNS / 2], millis[RUNS * 95 / 100]);
        });
    }

    private double[] time(DirectoryQuery query) {
        for (int i = 0; i < WARM_UP; i++) {
            directory.count(query);
            directory.search(query, 0, 50);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            directory.count(query);
            directory.search(query, 0, 50);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private String id(String place) {
        return gazetteer.resolve(place).orElseThrow().id();
    }

    /** Teachers in the world's larger towns, with one to three languages and a level each. */
    private long seed() {
        long start = System.currentTimeMillis();
        Random random = new Random(7);
        List<Place> towns = new ArrayList<>();
        for (String prefix : "abcdefghijklmnopqrstuvwz".split("")) {
            gazetteer.suggest(prefix, 0, 400).stream().filter(p -> p.population() > 50_000).forEach(towns::add);
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> members = new ArrayList<>();
        for (int i = 0; i < TEACHERS; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            members.add(new Object[]{"benchmark", "teacher-" + i, name, now});
        }
        jdbc.batchUpdate("INSERT INTO member (issuer, subject, display_name, created_at) VALUES (?, ?, ?, ?)",
                members);
        List<Long> ids = jdbc.queryForList("SELECT id FROM member WHERE issuer = 'benchmark' ORDER BY id",
                Long.class);
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> languages = new ArrayList<>();
        List<Object[]> standings = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Place town = towns.get(random.nextInt(towns.size()));
            profiles.add(new Object[]{id, members.get(i)[2], town.id(), town.name(), town.region(),
                    town.countryCode(), town.latitude(), town.longitude(), random.nextInt(10) > 0,
                    random.nextInt(10) > 0, random.nextBoolean(), random.nextBoolean() || random.nextBoolean(), now});
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                languages.add(new Object[]{id, LANGUAGES[(i + l * 3) % LANGUAGES.length]});
            }
            String level = LEVELS[random.nextInt(LEVELS.length)];
            standings.add(new Object[]{id, level, level.equals("IN_TRAINING") ? "TEACHER_TRAINING" : "CERTIFIED",
                    now});
        }
        jdbc.batchUpdate("""
                INSERT INTO teacher_profile (member_id, display_name, listed, bio, bio_public, city_id, city_name,
                    region, country_code, latitude, longitude, location_public, languages_public, website_public,
                    photo_public, teaches_online, teaches_in_person, updated_at)
                VALUES (?, ?, TRUE, NULL, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?, ?)""", profiles);
        jdbc.batchUpdate("INSERT INTO teacher_language (member_id, language_code) VALUES (?, ?)", languages);
        jdbc.batchUpdate("INSERT INTO teacher_standing (member_id, training_level, stage, computed_at) "
                + "VALUES (?, ?, ?, ?)", standings);
        return System.currentTimeMillis() - start;
    }
}

package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course opening: 200 members press Enroll at the same moment for 50 seats of one offering whose program has a
 * prerequisite they all meet (so the eligibility gate runs for each). Every request runs on its own thread, as
 * on the server. Prints the wall time of each race; asserts only that nobody is overbooked and everybody gets an
 * answer. A measurement, not a test: it runs only when asked for (docs/benchmarks.md):
 * {@code ./mvnw -o test -Dtest=EnrollmentRaceBenchmark}.
 */
@IntegrationTest
class EnrollmentRaceBenchmark {

    private static final int SEATS = 50;
    private static final int MEMBERS = 200;
    private static final int ROUNDS = 3;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    PrerequisiteService prerequisites;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoHundredMembersRaceForFiftySeats() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String base = "RACE-BASE-" + suffix;
        String program = "RACE-" + suffix;
        TestOffering.offering().program(base).create(catalog);
        TestOffering.offering().program(program).create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save(program, Rule.completed(base));
            return null;
        });
        System.out.printf("%nEnrollment race: %d members, %d seats, one offering, one thread per member%n",
                MEMBERS, SEATS);
        for (int round = 1; round <= ROUNDS; round++) {
            OfferingId offering = TestOffering.offering().program(program).capacity(SEATS).create(catalog);
            List<OAuth2AuthenticationToken> racers = seedRacers(base, suffix + "-" + round);
            long millis = race(offering, racers);
            System.out.printf("round %d: %d ms for %d enrollments (%.1f ms each)%s%n", round, millis, MEMBERS,
                    (double) millis / MEMBERS, round == 1 ? ", the first race in this JVM" : "");
        }
    }

    private long race(OfferingId offering, List<OAuth2AuthenticationToken> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        CountDownLatch ready = new CountDownLatch(MEMBERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MyEnrollment>> results = new ArrayList<>();
        for (OAuth2AuthenticationToken racer : racers) {
            results.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return TestLogins.as(racer, () -> enrollment.enroll(offering));
            }));
        }
        ready.await();
        long began = System.nanoTime();
        start.countDown();
        List<MyEnrollment> outcomes = new ArrayList<>();
        for (Future<MyEnrollment> result : results) {
            outcomes.add(result.get(5, TimeUnit.MINUTES));
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();

        assertThat(outcomes).filteredOn(e -> e.status() == EnrollmentStatus.ENROLLED).hasSize(SEATS);
        assertThat(outcomes).filteredOn(e -> e.status() == EnrollmentStatus.WAITLISTED).hasSize(MEMBERS - SEATS);
        OfferingCard card = catalog.offering(offering).orElseThrow().card();
        assertThat(enrollment.seats(List.of(card)).get(offering).enrolled()).isEqualTo(SEATS);
        return millis;
    }

    /** Members straight into the database, each with a verified completion of the prerequisite. */
    private List<OAuth2AuthenticationToken> seedRacers(String prerequisite, String batch) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        List<OAuth2AuthenticationToken> racers = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String subject = "racer-" + batch + "-" + i;
            rows.add(new Object[]{TestLogins.ISSUER, subject, "Racer " + i, now});
            racers.add(TestLogins.token(subject, "Racer " + i));
        }
        jdbc.batchUpdate("INSERT INTO member (issuer, subject, display_name, created_at) VALUES (?, ?, ?, ?)", rows);
        jdbc.update("""
                INSERT INTO completion (member_id, program_code, completed_on, source, status, created_at, created_by)
                SELECT id, ?, ?, 'STAFF', 'VERIFIED', ?, 'benchmark' FROM member WHERE subject LIKE ?""",
                prerequisite, Date.valueOf(LocalDate.of(2025, 1, 15)), now, "racer-" + batch + "-%");
        return racers;
    }
}

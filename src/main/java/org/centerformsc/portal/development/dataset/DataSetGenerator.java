package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.Place;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a database that Flyway has migrated with the data set, straight into the tables (docs/dataset.md). It
 * runs on one connection, because the steps pass work to each other in temporary tables. Constraints stay on:
 * the rows are made to satisfy them, so a violation fails the run instead of leaving a broken database.
 */
final class DataSetGenerator {

    /**
     * The demo accounts to give a heavy history, where they exist, and the issuer of the data set's members (the
     * development identity provider's, so they can sign in, or {@link MemberRows#ISSUER}).
     */
    record DemoMembers(Optional<Long> participant, Optional<Long> donor, String memberIssuer) {
    }

    private static final Logger log = LoggerFactory.getLogger(DataSetGenerator.class);
    private static final List<String> TEMPORARY = List.of("dataset_teacher", "dataset_city", "dataset_share",
            "dataset_hold");
    private static final int DEMO_ENROLLMENTS = 40;

    private final DataSource dataSource;
    private final Gazetteer gazetteer;

    DataSetGenerator(DataSource dataSource, Gazetteer gazetteer) {
        this.dataSource = dataSource;
        this.gazetteer = gazetteer;
    }

    boolean isGenerated() {
        Long members = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM member WHERE email = ?",
                Long.class, MemberRows.FIRST_EMAIL);
        return members != null && members > 0;
    }

    void generate(DataSetShape shape, DemoMembers demo) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            try {
                generate(jdbc, shape, demo);
            } finally {
                TEMPORARY.forEach(table -> jdbc.execute("DROP TEMPORARY TABLE IF EXISTS " + table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the data set", e);
        }
        log.info("Data set generated in {} s: {}", (System.nanoTime() - started) / 1_000_000_000, shape);
    }

    private void generate(JdbcTemplate jdbc, DataSetShape shape, DemoMembers demo) {
        requirePrograms(jdbc);
        long memberBase = MemberRows.idBase(jdbc);
        step("members", () -> MemberRows.insert(jdbc, shape, memberBase, demo.memberIssuer()));
        long completionBase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM completion", Long.class);
        step("teachers", () -> TeacherRows.insert(jdbc, shape, memberBase, cities()));
        long offeringBase = CatalogRows.idBase(jdbc);
        List<OfferingPlan.Offering> offerings = OfferingPlan.plan(shape.offerings(), offeringBase,
                CatalogRows.instructors(jdbc));
        step("offerings and sessions", () -> CatalogRows.insert(jdbc, offerings));
        EnrollmentPlan plan = new EnrollmentPlan(offerings, shape.enrollments(), shape.members());
        demo.participant().ifPresent(participant -> plan.addDemoParticipant(DEMO_ENROLLMENTS));
        step("enrollments", () -> {
            EnrollmentRows.insert(jdbc, plan, shape, memberBase);
            demo.participant().ifPresent(participant -> EnrollmentRows.insertDemo(jdbc, plan, participant));
        });
        step("completions", () -> {
            long teachers = jdbc.queryForObject("SELECT COUNT(*) FROM completion WHERE id > ?", Long.class,
                    completionBase);
            EligibilityRows.completions(jdbc, shape, memberBase, shape.completions() - teachers);
            EligibilityRows.audit(jdbc, completionBase);
        });
        step("practice entries", () -> EligibilityRows.practice(jdbc, shape, memberBase, shape.memberStep()));
        step("gifts", () -> {
            GivingRows.campaigns(jdbc);
            long recurringBase = GivingRows.recurringGifts(jdbc, shape, memberBase);
            GivingRows.gifts(jdbc, shape, memberBase, recurringBase);
            demo.donor().ifPresent(donor -> DonorHistory.insert(jdbc, donor));
        });
        step("seat holds, course payments and scholarship requests", () -> {
            FeeRows.holds(jdbc, offeringBase);
            FeeRows.scholarshipRequests(jdbc, offeringBase);
            FeeRows.payments(jdbc, offeringBase);
        });
        step("notifications", () -> {
            NotificationRows.inbox(jdbc);
            NotificationRows.preferences(jdbc, shape, memberBase);
        });
        step("calendar feeds and eligibility overrides", () -> {
            MemberChoiceRows.calendarFeeds(jdbc, shape, memberBase);
            MemberChoiceRows.eligibilityOverrides(jdbc, shape, memberBase);
        });
    }

    /** The data set's offerings belong to the demo programs, which the demo profile seeds before it. */
    private static void requirePrograms(JdbcTemplate jdbc) {
        List<String> present = jdbc.queryForList("SELECT code FROM program", String.class);
        List<String> missing = Kind.programs().stream().filter(code -> !present.contains(code)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The data set needs the demo programs (run it with the demo profile); "
                    + "missing: " + missing);
        }
    }

    /** Each region's teacher cities that the gazetteer knows, by time zone. */
    private Map<String, List<Place>> cities() {
        Map<String, List<Place>> cities = new LinkedHashMap<>();
        for (World.Region region : World.REGIONS) {
            cities.put(region.zone(), region.cities().stream().map(gazetteer::resolve).flatMap(Optional::stream)
                    .toList());
        }
        return cities;
    }

    private static void step(String name, Runnable work) {
        long started = System.nanoTime();
        work.run();
        log.info("Data set: {} written in {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }
}

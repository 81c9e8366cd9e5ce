package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.places.Gazetteer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set at scale 0.02, generated twice into databases of its own on the run's MariaDB server (so the other
 * tests' data is not touched): counts match the scale, the schema's rules and the portal's hold, the demo accounts
 * get their history, and both runs write identical tables.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataSetGeneratorTest {

    private static final DataSetShape SHAPE = DataSetShape.scaled(0.02);
    private static final List<String> TABLES = List.of("member", "teacher_standing", "teacher_profile",
            "teacher_language", "offering", "offering_session", "offering_teacher", "offering_instructor",
            "enrollment", "completion", "completion_audit", "practice_entry", "recurring_gift", "gift", "course_payment",
            "scholarship_request", "notification", "notification_preference", "calendar_feed", "eligibility_override");

    @Autowired
    Gazetteer gazetteer;

    private JdbcTemplate first;
    private long participant;
    private long donor;

    @BeforeAll
    void generateTwice() {
        first = generated("portal_dataset_a");
        generated("portal_dataset_b");
        participant = memberId(first, "participant");
        donor = memberId(first, "donor");
    }

    @Test
    void countsFollowTheScale() {
        assertThat(count("member WHERE issuer = '" + MemberRows.ISSUER + "'")).isEqualTo(SHAPE.members());
        assertThat(count("teacher_standing")).isEqualTo(SHAPE.teachers());
        assertThat(count("offering")).isEqualTo(SHAPE.offerings());
        assertThat(count("enrollment WHERE member_id <> " + participant)).isEqualTo(SHAPE.enrollments());
        assertThat(count("completion")).isEqualTo(SHAPE.completions());
        assertThat(count("practice_entry")).isEqualTo(SHAPE.practiceEntries());
        assertThat(count("recurring_gift WHERE member_id <> " + donor)).isEqualTo(SHAPE.recurringGifts());
        assertThat(count("gift WHERE member_id <> " + donor)).isEqualTo(SHAPE.gifts());
        assertThat(count("offering_session")).isBetween(SHAPE.offerings() * 3L, SHAPE.offerings() * 6L);
    }

    @Test
    void noOfferingHasMoreEnrolledThanSeatsAndOnlyFullOnesHaveAWaitlist() {
        assertThat(count("""
                offering o WHERE o.capacity < (SELECT COUNT(*) FROM enrollment e
                                               WHERE e.offering_id = o.id AND e.status = 'ENROLLED')""")).isZero();
        assertThat(count("""
                offering o
                WHERE EXISTS (SELECT 1 FROM enrollment e WHERE e.offering_id = o.id AND e.status = 'WAITLISTED')
                  AND (o.capacity IS NULL OR o.capacity > (SELECT COUNT(*) FROM enrollment e
                                                          WHERE e.offering_id = o.id AND e.status = 'ENROLLED'))
                """)).isZero();
        assertThat(count("enrollment WHERE status = 'WAITLISTED'")).isPositive();
    }

    @Test
    void membersHoldOneActiveEnrollmentPerOfferingAndLogEachDayOnce() {
        assertThat(count("""
                (SELECT offering_id, member_id FROM enrollment WHERE status <> 'WITHDRAWN'
                 GROUP BY offering_id, member_id HAVING COUNT(*) > 1) twice""")).isZero();
        assertThat(count("""
                (SELECT member_id, practiced_on FROM practice_entry GROUP BY member_id, practiced_on
                 HAVING COUNT(*) > 1) twice""")).isZero();
    }

    @Test
    void everyForeignKeyFindsItsRow() {
        List<Map<String, Object>> keys = first.queryForList("""
                SELECT table_name, column_name, referenced_table_name, referenced_column_name
                FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL""");
        assertThat(keys).hasSizeGreaterThan(20);
        for (Map<String, Object> key : keys) {
            String orphans = "%s c LEFT JOIN %s p ON p.%s = c.%s WHERE c.%s IS NOT NULL AND p.%s IS NULL".formatted(
                    key.get("table_name"), key.get("referenced_table_name"), key.get("referenced_column_name"),
                    key.get("column_name"), key.get("column_name"), key.get("referenced_column_name"));
            assertThat(count(orphans)).as(orphans).isZero();
        }
    }

    @Test
    void theDemoAccountsHaveAHeavyHistory() {
        assertThat(count("enrollment WHERE member_id = " + participant)).isEqualTo(40);
        assertThat(count("enrollment WHERE member_id = " + participant + " AND status = 'WAITLISTED'")).isPositive();
        assertThat(count("enrollment e JOIN offering o ON o.id = e.offering_id WHERE e.member_id = " + participant
                + " AND e.status = 'ENROLLED' AND o.first_session_at > '2026-12-01'")).isPositive();
        assertThat(count("enrollment e JOIN offering o ON o.id = e.offering_id WHERE e.member_id = " + participant
                + " AND o.last_session_at < '2026-12-01'")).isPositive();
        assertThat(count("gift WHERE member_id = " + donor)).isEqualTo(DonorHistory.GIFTS);
        assertThat(count("recurring_gift WHERE member_id = " + donor)).isEqualTo(3);
    }

    @Test
    void giftsCarryOnlyTheKnownCampaigns() {
        assertThat(first.queryForList("SELECT DISTINCT campaign FROM gift WHERE campaign IS NOT NULL", String.class))
                .containsExactlyInAnyOrderElementsOf(GivingRows.CAMPAIGNS);
        assertThat(count("gift WHERE campaign IS NULL")).isGreaterThan(count("gift") * 8 / 10);
    }

    @Test
    void everyPaidPlaceHasItsPaymentAndOpenOfferingsAHeldSeat() {
        long paidPlaces = count("""
                enrollment e JOIN offering o ON o.id = e.offering_id
                WHERE o.code LIKE 'DS-%' AND e.price_due_minor > 0
                  AND (e.status IN ('ENROLLED', 'HELD') OR e.status = 'WITHDRAWN' AND e.confirmed_at IS NOT NULL)""");
        assertThat(paidPlaces).isPositive();
        assertThat(count("course_payment")).isEqualTo(paidPlaces);
        assertThat(count("enrollment WHERE status = 'HELD'")).isPositive()
                .isEqualTo(count("course_payment WHERE status = 'PENDING'"))
                .isEqualTo(count("""
                        course_payment p JOIN enrollment e ON e.offering_id = p.offering_id
                            AND e.member_id = p.member_id AND e.status = 'HELD'
                        WHERE p.status = 'PENDING' AND p.paid_at IS NULL"""));
        assertThat(count("course_payment WHERE status = 'PAID'")).isGreaterThan(count("course_payment") / 2);
        assertThat(count("course_payment WHERE status = 'REFUNDED' AND refunded_minor = amount_minor")).isPositive()
                .isEqualTo(count("course_payment WHERE status = 'REFUNDED'"));
        assertThat(count("course_payment p JOIN enrollment e ON e.offering_id = p.offering_id "
                + "AND e.member_id = p.member_id WHERE p.status = 'REFUNDED' AND e.status <> 'WITHDRAWN'")).isZero();
    }

    @Test
    void scholarshipRequestsWaitForPaidOfferingsToComeAndAreDecidedForPastOnes() {
        for (String status : List.of("REQUESTED", "GRANTED", "DECLINED")) {
            assertThat(count("scholarship_request WHERE status = '" + status + "'")).as(status).isPositive();
        }
        assertThat(count("scholarship_request r JOIN offering o ON o.id = r.offering_id "
                + "WHERE NOT o.scholarships_offered OR o.regular_price_minor = 0")).isZero();
        assertThat(count("scholarship_request r JOIN offering o ON o.id = r.offering_id "
                + "WHERE r.status = 'REQUESTED' AND o.first_session_at < '2026-12-01'")).isZero();
    }

    @Test
    void theInboxAndTheOutboxHoldAYearOfMessages() {
        assertThat(first.queryForList("SELECT DISTINCT kind FROM notification", String.class))
                .containsExactlyInAnyOrder("ENROLLMENT_CONFIRMED", "WAITLISTED", "WITHDRAWN", "GIFT_RECEIPT");
        assertThat(count("notification WHERE email_status = 'SENT' AND sent_at IS NOT NULL")).isPositive();
        assertThat(count("notification WHERE email_status = 'PENDING' AND sent_at IS NULL")).isPositive();
        assertThat(count("notification WHERE read_at IS NULL")).isPositive();
        assertThat(count("notification WHERE read_at IS NOT NULL")).isPositive();
        assertThat(count("notification WHERE NOT JSON_VALID(params) OR JSON_TYPE(params) <> 'ARRAY'")).isZero();
        assertThat(count("notification WHERE created_at < '2025-12-01' OR created_at > '2026-12-01'")).isZero();
        assertThat(count("notification WHERE member_id = " + donor + " AND kind = 'GIFT_RECEIPT'")).isPositive();
        assertThat(count("notification_preference WHERE email")).isZero();
        assertThat(count("notification_preference")).isEqualTo(2L * (SHAPE.members() / 20));
    }

    @Test
    void someMembersSubscribedTheirCalendarOrWereGrantedAnOverride() {
        assertThat(count("calendar_feed")).isEqualTo(SHAPE.members() / 10);
        assertThat(count("eligibility_override")).isEqualTo(SHAPE.members() / 500);
    }

    @Test
    void membersWereWelcomedWhenTheyJoined() {
        assertThat(count("member WHERE issuer = '" + MemberRows.ISSUER + "' AND (welcomed_at IS NULL "
                + "OR welcomed_at <> created_at)")).isZero();
    }

    @Test
    void twoRunsWriteTheSameRows() {
        for (String table : TABLES) {
            assertThat(contentHash("portal_dataset_b", table)).as(table)
                    .isEqualTo(contentHash("portal_dataset_a", table));
        }
    }

    @Test
    void aDatabaseWithTheDataSetIsNotFilledAgain() {
        assertThat(new DataSetGenerator(first.getDataSource(), gazetteer).isGenerated()).isTrue();
    }

    /**
     * Row count and an order-independent hash of every stored column. Not CHECKSUM TABLE: on a table with a
     * generated column (enrollment's active_member_id) it gave a different sum on every run for equal rows.
     */
    private String contentHash(String database, String table) {
        List<String> columns = first.queryForList("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = ? AND table_name = ? AND extra NOT LIKE '%GENERATED%'
                ORDER BY ordinal_position""", String.class, database, table);
        String row = columns.stream().map(column -> "COALESCE(`" + column + "`, '\\N')")
                .collect(java.util.stream.Collectors.joining(", '|', "));
        return first.queryForObject("SELECT CONCAT(COUNT(*), ':', BIT_XOR(CRC32(CONCAT(" + row + ")))) FROM "
                + database + "." + table, String.class);
    }

    /** A database of its own on the run's server, made anew. */
    private JdbcTemplate generated(String database) {
        String url = System.getProperty("spring.datasource.url");
        JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
        server.execute("DROP DATABASE IF EXISTS " + database);
        server.execute("CREATE DATABASE " + database);
        DataSource dataSource = new DriverManagerDataSource(url.replace("/portal_test", "/" + database), "root", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        for (String program : Kind.programs()) {
            jdbc.update("INSERT INTO program (code, name, summary) VALUES (?, ?, ?)", program, program, program);
        }
        for (String account : List.of("participant", "donor")) {
            jdbc.update("""
                    INSERT INTO member (issuer, subject, display_name, created_at)
                    VALUES (?, ?, ?, '2026-01-01')""", "https://demo.test", account, account);
        }
        new DataSetGenerator(dataSource, gazetteer).generate(SHAPE, new DataSetGenerator.DemoMembers(
                Optional.of(memberId(jdbc, "participant")), Optional.of(memberId(jdbc, "donor")), MemberRows.ISSUER));
        return jdbc;
    }

    private static long memberId(JdbcTemplate jdbc, String subject) {
        return jdbc.queryForObject("SELECT id FROM member WHERE subject = ?", Long.class, subject);
    }

    private long count(String from) {
        return first.queryForObject("SELECT COUNT(*) FROM " + from, Long.class);
    }
}

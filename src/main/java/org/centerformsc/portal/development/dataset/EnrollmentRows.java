package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.development.dataset.EnrollmentPlan.DemoEnrollment;
import org.centerformsc.portal.development.dataset.EnrollmentPlan.Share;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the enrollments of {@link EnrollmentPlan} in one INSERT ... SELECT: offering {@code k}'s {@code j}th
 * enrollment goes to member {@code start_k + j * step (mod members)}, with {@code step} prime to the member count,
 * so that no member appears twice in one offering. Requests spread evenly over the registration window in
 * enrollment order; so the withdrawn and waitlisted came last. Half of those who withdrew did so a day after asking
 * (in time for a refund of a paid course when the course was still weeks away), the others halfway to closing.
 */
final class EnrollmentRows {

    private EnrollmentRows() {
    }

    static void insert(JdbcTemplate jdbc, EnrollmentPlan plan, DataSetShape shape, long memberBase) {
        long base = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM enrollment", Long.class);
        jdbc.execute("""
                CREATE TEMPORARY TABLE dataset_share (
                    offering_id BIGINT PRIMARY KEY, first BIGINT NOT NULL, n INT NOT NULL, enrolled INT NOT NULL,
                    waitlisted INT NOT NULL, member_start INT NOT NULL)""");
        List<Object[]> rows = new ArrayList<>();
        int largest = 1;
        for (Share share : plan.shares()) {
            rows.add(new Object[]{share.offering().id(), share.first(), share.count(), share.enrolled(),
                    share.waitlisted(), share.memberStart()});
            largest = Math.max(largest, share.count());
        }
        jdbc.batchUpdate("INSERT INTO dataset_share VALUES (?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("""
                INSERT INTO enrollment (id, offering_id, member_id, status, currency, price_due_minor, requested_at,
                                        confirmed_at, withdrawn_at, waitlist_rank)
                SELECT %1$d + first + seq + 1, offering_id, %2$d + 1 + MOD(member_start + seq * %3$d, %4$d), status,
                       currency, IF(requested_at < early_bird_deadline, early_bird_price_minor, regular_price_minor),
                       requested_at, IF(status = 'WAITLISTED', NULL, requested_at + INTERVAL 2 MINUTE),
                       CASE WHEN status <> 'WITHDRAWN' THEN NULL
                            WHEN MOD(seq, 2) = 0 THEN LEAST(requested_at + INTERVAL 1 DAY, closing)
                            ELSE requested_at + INTERVAL (TIMESTAMPDIFF(SECOND, requested_at, closing) DIV 2) SECOND
                       END,
                       IF(status = 'WAITLISTED', %1$d + first + seq + 1, NULL)
                FROM (SELECT p.offering_id, p.first, p.member_start, s.seq, o.currency, o.early_bird_deadline,
                             o.early_bird_price_minor, o.regular_price_minor, w.closing,
                             CASE WHEN s.seq < p.enrolled THEN 'ENROLLED'
                                  WHEN s.seq < p.enrolled + p.waitlisted THEN 'WAITLISTED'
                                  ELSE 'WITHDRAWN' END AS status,
                             o.registration_opens_at + INTERVAL (TIMESTAMPDIFF(SECOND, o.registration_opens_at,
                                 w.closing) * (2 * s.seq + 1) DIV (2 * p.n)) SECOND AS requested_at
                      FROM dataset_share p JOIN offering o ON o.id = p.offering_id
                      JOIN (SELECT id, LEAST(registration_closes_at, TIMESTAMP'2026-12-01 00:00:00') AS closing
                            FROM offering) w ON w.id = p.offering_id
                      JOIN seq_0_to_%5$d s ON s.seq < p.n) planned
                ORDER BY offering_id, seq
                """.formatted(base, memberBase, shape.memberStep(), shape.members(), largest - 1));
    }

    /**
     * The demo participant's enrollments, requested a day after registration opened (waitlisted: at the end, ranked
     * after every line's last).
     */
    static void insertDemo(JdbcTemplate jdbc, EnrollmentPlan plan, long participant) {
        long rank = jdbc.queryForObject("SELECT COALESCE(MAX(waitlist_rank), 0) FROM enrollment", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (DemoEnrollment mine : plan.demo()) {
            OfferingPlan.Offering offering = mine.offering();
            Instant closing = offering.closes().isBefore(OfferingPlan.AS_OF) ? offering.closes() : OfferingPlan.AS_OF;
            Instant requested = mine.status().equals("WAITLISTED") ? closing.minus(Duration.ofMinutes(1))
                    : min(offering.opens().plus(Duration.ofDays(1)), closing.minus(Duration.ofHours(1)));
            long price = offering.earlyBirdPrice() != null
                    && requested.isBefore(offering.firstStart().minus(Duration.ofDays(28)))
                    ? offering.earlyBirdPrice() : offering.kind().priceMinor();
            rows.add(new Object[]{offering.id(), participant, mine.status(), offering.region().currency(), price,
                    CatalogRows.time(requested),
                    mine.status().equals("ENROLLED") ? CatalogRows.time(requested.plusSeconds(120)) : null,
                    mine.status().equals("WAITLISTED") ? ++rank : null});
        }
        jdbc.batchUpdate("""
                INSERT INTO enrollment (offering_id, member_id, status, currency, price_due_minor, requested_at,
                                        confirmed_at, waitlist_rank)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

package org.centerformsc.portal.development.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * What paid courses leave behind (docs/decisions/016 and 018): a seat held while its member pays on each open paid
 * offering, a payment for every paid place (paid through the offline provider, as the embedded run pays; refunded
 * when the member withdrew in time or the offering was cancelled), and scholarship requests on a third of the paid
 * offerings. Only the data set's own offerings ({@code id > offeringBase}) get them.
 */
final class FeeRows {

    private static final List<String> REASONS = List.of("Between jobs this year",
            "I care for a family member full time", "Student budget", "Retired on a small pension",
            "Recovering from illness and not working");

    private FeeRows() {
    }

    /**
     * The newest enrolled place of every paid offering whose registration is open on the data set's day becomes a
     * seat held until half an hour after midnight, as if its member were still on the provider's page.
     */
    static void holds(JdbcTemplate jdbc, long offeringBase) {
        jdbc.execute("""
                CREATE TEMPORARY TABLE dataset_hold AS
                SELECT MAX(e.id) AS id FROM enrollment e JOIN offering o ON o.id = e.offering_id
                WHERE o.id > %d AND o.status = 'PUBLISHED' AND o.regular_price_minor > 0
                  AND o.registration_opens_at <= TIMESTAMP'2026-12-01 00:00:00'
                  AND o.registration_closes_at > TIMESTAMP'2026-12-01 00:00:00'
                  AND e.status = 'ENROLLED' AND e.price_due_minor > 0
                GROUP BY e.offering_id""".formatted(offeringBase));
        jdbc.update("""
                UPDATE enrollment e JOIN dataset_hold h ON h.id = e.id
                SET e.status = 'HELD', e.confirmed_at = NULL,
                    e.hold_expires_at = TIMESTAMP'2026-12-01 00:30:00'""");
    }

    /**
     * One payment per paid place in the order of the places: paid when enrolled (or enrolled once, then withdrawn
     * too late for a refund), pending for a held seat, refunded in full when the member withdrew up to the policy's
     * days before the first session or the offering was cancelled.
     */
    static void payments(JdbcTemplate jdbc, long offeringBase) {
        jdbc.update("""
                INSERT INTO course_payment (offering_id, member_id, idempotency_key, currency, amount_minor,
                                            price_reason, status, provider, payment_ref, created_at, paid_at,
                                            refunded_minor, refunded_at)
                SELECT offering_id, member_id, CONCAT('ds-hold-', id), currency, price_due_minor,
                       IF(price_due_minor < regular_price_minor, 'EARLY_BIRD', 'REGULAR'),
                       CASE WHEN status = 'HELD' THEN 'PENDING' WHEN refunded THEN 'REFUNDED' ELSE 'PAID' END,
                       'offline', IF(status = 'HELD', NULL, CONCAT('ds-course-', id)), requested_at, confirmed_at,
                       IF(refunded, price_due_minor, 0), IF(refunded, withdrawn_at, NULL)
                FROM (SELECT e.id, e.offering_id, e.member_id, e.currency, e.price_due_minor, e.status,
                             e.requested_at, e.confirmed_at, e.withdrawn_at, o.regular_price_minor,
                             e.status = 'WITHDRAWN' AND (o.status = 'CANCELLED' OR e.withdrawn_at
                                 <= o.first_session_at - INTERVAL o.refund_days_before DAY) AS refunded
                      FROM enrollment e JOIN offering o ON o.id = e.offering_id
                      WHERE o.id > %d AND e.price_due_minor > 0
                        AND (e.status IN ('ENROLLED', 'HELD') OR e.status = 'WITHDRAWN'
                             AND e.confirmed_at IS NOT NULL)) paid
                ORDER BY id""".formatted(offeringBase));
    }

    /**
     * A third of the paid offerings take scholarship requests; one place in fifteen there asked for one: still
     * waiting in staff's queue when the offering is to come, granted (half the price, or a third) or declined
     * when it is past. Waitlisted members ask too.
     */
    static void scholarshipRequests(JdbcTemplate jdbc, long offeringBase) {
        jdbc.update("""
                UPDATE offering SET scholarships_offered = TRUE
                WHERE id > %d AND regular_price_minor > 0 AND MOD(id, 3) = 0""".formatted(offeringBase));
        jdbc.update("""
                INSERT INTO scholarship_request (offering_id, member_id, reason, status, requested_at, grant_percent,
                                                 decline_reason, decided_at, decided_by)
                SELECT offering_id, member_id, ELT(1 + MOD(id, %d), %s), status, requested_at,
                       IF(status = 'GRANTED', ELT(1 + MOD(id DIV 15, 2), 50, 33), NULL),
                       IF(status = 'DECLINED', 'The fund for this course is spent', NULL),
                       IF(status = 'REQUESTED', NULL, requested_at + INTERVAL 2 DAY),
                       IF(status = 'REQUESTED', NULL, 'Member services')
                FROM (SELECT e.id, e.offering_id, e.member_id, e.requested_at - INTERVAL 1 HOUR AS requested_at,
                             CASE WHEN o.first_session_at > TIMESTAMP'2026-12-01 00:00:00' THEN 'REQUESTED'
                                  WHEN MOD(e.id DIV 15, 4) = 0 THEN 'DECLINED' ELSE 'GRANTED' END AS status
                      FROM enrollment e JOIN offering o ON o.id = e.offering_id
                      WHERE o.id > %d AND o.scholarships_offered AND MOD(e.id, 15) = 0
                        AND e.status IN ('ENROLLED', 'WAITLISTED')) asked
                ORDER BY id""".formatted(REASONS.size(), Hash.quoted(REASONS), offeringBase));
    }
}

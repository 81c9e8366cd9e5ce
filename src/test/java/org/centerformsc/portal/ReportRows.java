package org.centerformsc.portal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Known rows for the report tests, written straight into the tables (instants as UTC wall time, as the portal
 * stores them), so that each report's figures can be compared with what the test put there.
 */
public final class ReportRows {

    private final JdbcClient jdbc;

    public ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long member() {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member (issuer, subject, display_name, created_at)
                VALUES ('https://reports.test.invalid', :subject, 'Report Member', NOW(6))""")
                .param("subject", UUID.randomUUID().toString()).update(key);
        return key.getKey().longValue();
    }

    public long offeringId(String code) {
        return jdbc.sql("SELECT id FROM offering WHERE code = :code").param("code", code).query(Long.class).single();
    }

    public void enrollment(long offering, String status, Instant confirmedAt) {
        jdbc.sql("""
                INSERT INTO enrollment (offering_id, member_id, status, currency, price_due_minor, requested_at,
                                        confirmed_at, withdrawn_at, waitlist_rank, hold_expires_at)
                VALUES (:offering, :member, :status, 'USD', 0, :requested, :confirmed, :withdrawn, :rank, :hold)""")
                .param("offering", offering)
                .param("member", member())
                .param("status", status)
                .param("requested", utc(confirmedAt == null ? Instant.parse("2020-01-01T00:00:00Z") : confirmedAt))
                .param("confirmed", confirmedAt == null ? null : utc(confirmedAt))
                .param("withdrawn", status.equals("WITHDRAWN") ? utc(Instant.parse("2020-01-02T00:00:00Z")) : null)
                .param("rank", status.equals("WAITLISTED") ? System.nanoTime() : null)
                .param("hold", status.equals("HELD") ? utc(Instant.parse("2099-01-01T00:00:00Z")) : null)
                .update();
    }

    public void coursePayment(long offering, String currency, long amount, Instant paidAt, long refunded,
                              Instant refundedAt) {
        jdbc.sql("""
                INSERT INTO course_payment (offering_id, member_id, idempotency_key, currency, amount_minor,
                                            price_reason, status, provider, created_at, paid_at, refunded_minor,
                                            refunded_at)
                VALUES (:offering, :member, :key, :currency, :amount, 'REGULAR', :status, 'offline', :paid, :paid,
                        :refunded, :refundedAt)""")
                .param("offering", offering)
                .param("member", member())
                .param("key", UUID.randomUUID().toString())
                .param("currency", currency)
                .param("amount", amount)
                .param("status", refunded > 0 ? "REFUNDED" : "PAID")
                .param("paid", utc(paidAt))
                .param("refunded", refunded)
                .param("refundedAt", refundedAt == null ? null : utc(refundedAt))
                .update();
    }

    public void gift(String currency, long amount, Instant givenAt, String designation, String campaign) {
        jdbc.sql("""
                INSERT INTO gift (member_id, amount_minor, currency, campaign, given_at, source, recorded_by,
                                  designation)
                VALUES (:member, :amount, :currency, :campaign, :given, 'ONLINE', 'test', :designation)""")
                .param("member", member())
                .param("amount", amount)
                .param("currency", currency)
                .param("campaign", campaign)
                .param("given", utc(givenAt))
                .param("designation", designation)
                .update();
    }

    public void recurringGift(long member, String status, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO recurring_gift (member_id, provider, provider_ref, amount_minor, currency, frequency,
                                            designation, status, created_at, updated_at)
                VALUES (:member, 'offline', :ref, 2500, 'USD', 'MONTHLY', 'GENERAL', :status, :created, :created)""")
                .param("member", member)
                .param("ref", UUID.randomUUID().toString())
                .param("status", status)
                .param("created", utc(createdAt))
                .update();
    }

    public void completion(String program, String status, LocalDate completedOn) {
        jdbc.sql("""
                INSERT INTO completion (member_id, program_code, completed_on, source, status, created_at, created_by)
                VALUES (:member, :program, :on, 'STAFF', :status, NOW(6), 'test')""")
                .param("member", member())
                .param("program", program)
                .param("on", completedOn)
                .param("status", status)
                .update();
    }

    public void teacherStanding(String stage, LocalDate nextDueOn) {
        jdbc.sql("""
                INSERT INTO teacher_standing (member_id, training_level, stage, next_due_on, next_due_kind, computed_at)
                VALUES (:member, 'IN_TRAINING', :stage, :due, :kind, NOW(6))""")
                .param("member", member())
                .param("stage", stage)
                .param("due", nextDueOn)
                .param("kind", nextDueOn == null ? null : "CERTIFICATION")
                .update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

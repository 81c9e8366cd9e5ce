package org.centerformsc.portal.privacy;

import org.centerformsc.portal.member.MemberId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives a member a row in every table that holds personal data, straight in SQL (each feature's own tests cover how
 * the rows come about): their name and e-mail where the portal writes them, and the words they typed.
 */
final class DataEverywhere {

    private DataEverywhere() {
    }

    /** Words only this member typed, found nowhere else. */
    static String note(MemberId member) {
        return "note-of-member-" + member.value() + "-end";
    }

    static String certificate(MemberId member) {
        return "certificate-of-member-" + member.value() + "-end.pdf";
    }

    static String customer(MemberId member) {
        return "customer-of-member-" + member.value() + "-end";
    }

    /** {@code offeringId}: a run of this member's own that has not ended (they proposed it); {@code actor}: "Name (subject)" as the audit trails write it. */
    static void give(JdbcTemplate jdbc, MemberId member, long offeringId, String actor, String name, String email) {
        long id = member.value();
        String note = note(member);
        jdbc.update("""
                INSERT INTO enrollment (offering_id, member_id, status, currency, price_due_minor, requested_at,
                                        confirmed_at)
                VALUES (?, ?, 'ENROLLED', 'USD', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""", offeringId, id);
        jdbc.update("INSERT INTO calendar_feed (member_id, token, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))", id,
                "feed-" + id);
        jdbc.update("""
                INSERT INTO completion (member_id, program_code, completed_on, source, status, organisation,
                                        certificate_name, certificate_type, certificate, created_at, created_by)
                VALUES (?, 'MSC', '2024-05-01', 'CLAIM', 'PENDING', ?, ?, 'application/pdf', ?,
                        UTC_TIMESTAMP(6), ?)""", id, note, certificate(member), new byte[] {1, 2, 3}, actor);
        long completion = jdbc.queryForObject("SELECT MAX(id) FROM completion WHERE member_id = ?", Long.class, id);
        jdbc.update("""
                INSERT INTO completion_audit (completion_id, changed_at, changed_by, after_state)
                VALUES (?, UTC_TIMESTAMP(6), ?, 'PENDING')""", completion, actor);
        jdbc.update("""
                INSERT INTO attendance (offering_id, member_id, session_starts_at, present, marked_at, marked_by)
                VALUES (?, ?, UTC_TIMESTAMP(6), TRUE, UTC_TIMESTAMP(6), 'A Teacher (teacher)')""", offeringId, id);
        jdbc.update("""
                INSERT INTO practice_entry (member_id, practiced_on, minutes, practice, note, created_at)
                VALUES (?, CURRENT_DATE, 20, 'Affectionate breathing', ?, UTC_TIMESTAMP(6))""", id, note);
        jdbc.update("""
                INSERT INTO practice_reminder (member_id, remind_at, time_zone, next_at)
                VALUES (?, '07:30:00', 'Europe/Amsterdam', UTC_TIMESTAMP(6))""", id);
        jdbc.update("INSERT INTO application (offering_id, member_id, status, applied_at) "
                + "VALUES (?, ?, 'PENDING', UTC_TIMESTAMP(6))", offeringId, id);
        jdbc.update("""
                INSERT INTO eligibility_override (program_code, member_id, reason, granted_at, granted_by)
                VALUES ('MSC', ?, ?, UTC_TIMESTAMP(6), 'Staff (staff)')""", id, note);
        jdbc.update("INSERT INTO offering_instructor (offering_id, member_id) VALUES (?, ?)", offeringId, id);
        jdbc.update("UPDATE offering SET proposed_by = ? WHERE id = ?", id, offeringId);
        jdbc.update("""
                INSERT INTO offering_teacher (offering_id, position, teacher_name)
                VALUES (?, (SELECT COALESCE(MAX(t.position), 0) + 1 FROM offering_teacher t WHERE t.offering_id = ?),
                        ?)""", offeringId, offeringId, name);
        jdbc.update("""
                INSERT INTO replay (offering_id, title, recorded_at, duration_seconds, external_url, published,
                                    created_at)
                VALUES (?, 'Privacy test replay', UTC_TIMESTAMP(6), 60, 'https://video.example.org/1', TRUE,
                        UTC_TIMESTAMP(6))""", offeringId);
        long replay = jdbc.queryForObject("SELECT MAX(id) FROM replay WHERE offering_id = ?", Long.class, offeringId);
        jdbc.update("INSERT INTO watch_position (replay_id, member_id, position_seconds, updated_at) "
                + "VALUES (?, ?, 42, UTC_TIMESTAMP(6))", replay, id);
        jdbc.update("""
                INSERT INTO gift (member_id, amount_minor, currency, given_at, source, recorded_by, designation,
                                  donor_name, donor_email)
                VALUES (?, 2500, 'USD', UTC_TIMESTAMP(6), 'ONLINE', ?, 'GENERAL', ?, ?)""", id, actor, name, email);
        jdbc.update("""
                INSERT INTO gift (member_id, amount_minor, currency, given_at, source, recorded_by, designation,
                                  donor_name, donor_email)
                VALUES (NULL, 1000, 'USD', UTC_TIMESTAMP(6), 'GUEST', 'guest', 'GENERAL', ?, ?)""", name, email);
        jdbc.update("""
                INSERT INTO recurring_gift (member_id, provider, provider_ref, amount_minor, currency, frequency,
                                            designation, status, next_charge_on, created_at, updated_at,
                                            customer_ref)
                VALUES (?, 'offline', ?, 3000, 'USD', 'MONTHLY', 'GENERAL', 'ACTIVE', CURRENT_DATE + INTERVAL 1 MONTH,
                        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)""", id, "sub-" + id, customer(member));
        jdbc.update("""
                INSERT INTO scholarship_request (offering_id, member_id, reason, status, requested_at)
                VALUES (?, ?, ?, 'REQUESTED', UTC_TIMESTAMP(6))""", offeringId, id, note);
        jdbc.update("""
                INSERT INTO course_payment (offering_id, member_id, idempotency_key, currency, amount_minor,
                                            price_reason, status, provider, checkout_url, payment_ref, created_at,
                                            paid_at)
                VALUES (?, ?, ?, 'USD', 9500, 'REGULAR', 'PAID', 'offline', 'https://pay.example.org/x', ?,
                        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""", offeringId, id, "pay-" + id, "ref-" + id);
        jdbc.update("""
                INSERT INTO notification (member_id, kind, params, dedup_key, created_at, email_status)
                VALUES (?, 'ENROLLED', ?, ?, UTC_TIMESTAMP(6), 'PENDING')""", id, name, "privacy-test-" + id);
        jdbc.update("INSERT INTO notification_preference (member_id, kind, email) VALUES (?, 'REMINDER', FALSE)", id);
        jdbc.update("""
                INSERT INTO training_evidence (member_id, kind, happened_on, title, minutes, note, status, created_at)
                VALUES (?, 'CONSULTATION', CURRENT_DATE, 'Mentor consultation', 60, ?, 'LOGGED', UTC_TIMESTAMP(6))""",
                id, note);
        jdbc.update("""
                INSERT INTO deadline_extension (member_id, deadline, original_due_on, extended_to, reason, granted_by,
                                                granted_at)
                VALUES (?, 'RENEWAL', '2026-01-01', '2026-06-01', ?, 'Staff (staff)', UTC_TIMESTAMP(6))""", id, note);
        jdbc.update("""
                INSERT INTO teacher_standing (member_id, training_level, stage, computed_at)
                VALUES (?, 'CERTIFIED', 'CERTIFIED', UTC_TIMESTAMP(6))""", id);
        jdbc.update("""
                INSERT INTO teacher_profile (member_id, display_name, listed, bio, bio_public, languages_public,
                                             city_name, location_public, website_public, photo_public,
                                             teaches_online, teaches_in_person, updated_at)
                VALUES (?, ?, TRUE, ?, TRUE, TRUE, 'Utrecht', TRUE, FALSE, FALSE, TRUE, FALSE, UTC_TIMESTAMP(6))""",
                id, name, note);
        jdbc.update("INSERT INTO teacher_language (member_id, language_code) VALUES (?, 'nl')", id);
        jdbc.update("INSERT INTO member_role (member_id, role) VALUES (?, 'TEACHER')", id);
        jdbc.update("""
                INSERT INTO staff_action (member_id, actor, action, detail, acted_at)
                VALUES (?, 'Staff (staff)', 'RESEND_RECEIPT', ?, UTC_TIMESTAMP(6))""", id, note);
        // the member named as the one who acted (as staff would be)
        jdbc.update("""
                INSERT INTO staff_action (member_id, actor, action, detail, acted_at)
                VALUES (?, ?, 'RECORD_COMPLETION', 'MSC', UTC_TIMESTAMP(6))""", id, actor);
    }
}

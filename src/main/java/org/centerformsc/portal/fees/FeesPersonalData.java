package org.centerformsc.portal.fees;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Course payments and refunds stay for the accounts (they hold amounts, no name or address); a scholarship
 * request keeps its decision and amount but not the member's reason.
 */
@Component
class FeesPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    FeesPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "course-payments";
    }

    @Override
    public List<String> tables() {
        return List.of("course_payment", "scholarship_request");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("coursePayments", PersonalDataRows.query(jdbc, """
                SELECT o.code AS offering_code, p.currency, p.amount_minor, p.price_reason, p.status, p.provider,
                       p.payment_ref, p.created_at, p.paid_at, p.refunded_minor, p.refunded_at, p.scholarship_minor
                FROM course_payment p JOIN offering o ON o.id = p.offering_id
                WHERE p.member_id = ? ORDER BY p.created_at""", member.value()));
        sections.put("scholarshipRequests", PersonalDataRows.query(jdbc, """
                SELECT o.code AS offering_code, s.reason, s.status, s.requested_at, s.grant_percent, s.grant_minor,
                       s.currency, s.decline_reason, s.decided_at
                FROM scholarship_request s JOIN offering o ON o.id = s.offering_id
                WHERE s.member_id = ? ORDER BY s.requested_at""", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("course_payment", jdbc.update(
                "UPDATE course_payment SET checkout_url = NULL, version = version + 1 WHERE member_id = ?",
                member.value()));
        counts.put("scholarship_request", PersonalDataRows.anonymiseActor(jdbc, "scholarship_request", "decided_by",
                member) + jdbc.update("""
                UPDATE scholarship_request SET reason = ?,
                       decline_reason = CASE WHEN decline_reason IS NULL THEN NULL ELSE ? END, version = version + 1
                WHERE member_id = ?""", PersonalDataRows.ERASED, PersonalDataRows.ERASED, member.value()));
        return counts;
    }
}

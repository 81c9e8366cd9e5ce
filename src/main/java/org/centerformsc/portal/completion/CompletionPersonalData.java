package org.centerformsc.portal.completion;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completions, claims, attendance and the completion audit: kept for course statistics without anything that names
 * the member (the claim's organisation and certificate, a rejection's reason, the member as author).
 */
@Component
class CompletionPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    CompletionPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "completions";
    }

    @Override
    public List<String> tables() {
        return List.of("completion", "completion_audit", "attendance");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("completions", PersonalDataRows.query(jdbc, """
                SELECT id, program_code, completed_on, source, status, organisation, certificate_name,
                       certificate_type, certificate, rejection_reason, created_at, created_by
                FROM completion WHERE member_id = ? ORDER BY completed_on""", member.value()));
        sections.put("completionHistory", PersonalDataRows.query(jdbc, """
                SELECT a.completion_id, a.changed_at, a.changed_by, a.before_state, a.after_state
                FROM completion_audit a JOIN completion c ON c.id = a.completion_id
                WHERE c.member_id = ? ORDER BY a.changed_at""", member.value()));
        sections.put("attendance", PersonalDataRows.query(jdbc, """
                SELECT o.code AS offering_code, a.session_starts_at, a.present, a.marked_at
                FROM attendance a JOIN offering o ON o.id = a.offering_id
                WHERE a.member_id = ? ORDER BY a.session_starts_at""", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int authored = PersonalDataRows.anonymiseActor(jdbc, "completion", "created_by", member);
        counts.put("completion", authored + jdbc.update("""
                UPDATE completion SET organisation = NULL, certificate_name = NULL, certificate_type = NULL,
                                      certificate = NULL, rejection_reason = NULL, version = version + 1
                WHERE member_id = ?""", member.value()));
        counts.put("completion_audit", PersonalDataRows.anonymiseActor(jdbc, "completion_audit", "changed_by", member));
        counts.put("attendance", PersonalDataRows.anonymiseActor(jdbc, "attendance", "marked_by", member));
        return counts;
    }
}

package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applications and staff overrides of a member: deleted; where the member changed rules as staff, their name is
 * replaced.
 */
@Component
class EligibilityPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    EligibilityPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "eligibility";
    }

    @Override
    public List<String> tables() {
        return List.of("application", "eligibility_override", "prerequisite_rule", "prerequisite_rule_audit");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("applications", PersonalDataRows.query(jdbc, """
                SELECT o.code AS offering_code, a.status, a.applied_at, a.decided_at, a.decline_reason
                FROM application a JOIN offering o ON o.id = a.offering_id
                WHERE a.member_id = ? ORDER BY a.applied_at""", member.value()));
        sections.put("overrides", PersonalDataRows.query(jdbc, """
                SELECT program_code, reason, granted_at FROM eligibility_override
                WHERE member_id = ? ORDER BY granted_at""", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("application", PersonalDataRows.anonymiseActor(jdbc, "application", "decided_by", member)
                + jdbc.update("DELETE FROM application WHERE member_id = ?", member.value()));
        counts.put("eligibility_override", PersonalDataRows.anonymiseActor(jdbc, "eligibility_override",
                "granted_by", member) + jdbc.update("DELETE FROM eligibility_override WHERE member_id = ?",
                member.value()));
        counts.put("prerequisite_rule", PersonalDataRows.anonymiseActor(jdbc, "prerequisite_rule", "updated_by",
                member));
        counts.put("prerequisite_rule_audit", PersonalDataRows.anonymiseActor(jdbc, "prerequisite_rule_audit",
                "changed_by", member));
        return counts;
    }
}

package org.centerformsc.portal.records;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit of what staff did on a member's behalf: the member may read it in their copy; on erasure the rows stay
 * for accountability without the details staff typed about the member, and a staff member who is erased is no
 * longer named as the one who acted (docs/decisions/022 and 024).
 */
@Component
class RecordsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    RecordsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "staffActions";
    }

    @Override
    public List<String> tables() {
        return List.of("staff_action");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        return Map.of("staffActionsOnYourBehalf", PersonalDataRows.query(jdbc, """
                SELECT acted_at, action, detail, actor FROM staff_action WHERE member_id = ? ORDER BY acted_at""",
                member.value()));
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int asActor = PersonalDataRows.anonymiseActor(jdbc, "staff_action", "actor", member);
        counts.put("staff_action", asActor + jdbc.update("UPDATE staff_action SET detail = ? WHERE member_id = ?",
                PersonalDataRows.ERASED, member.value()));
        return counts;
    }
}

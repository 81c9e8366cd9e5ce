package org.centerformsc.portal.practice;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The practice log and the practice reminder: deleted. */
@Component
class PracticePersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    PracticePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "practice";
    }

    @Override
    public List<String> tables() {
        return List.of("practice_entry", "practice_reminder");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("practiceLog", PersonalDataRows.query(jdbc, """
                SELECT practiced_on, minutes, practice, note, created_at FROM practice_entry
                WHERE member_id = ? ORDER BY practiced_on""", member.value()));
        sections.put("practiceReminder", PersonalDataRows.query(jdbc,
                "SELECT remind_at, time_zone, next_at FROM practice_reminder WHERE member_id = ?", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("practice_entry", jdbc.update("DELETE FROM practice_entry WHERE member_id = ?", member.value()));
        counts.put("practice_reminder", jdbc.update("DELETE FROM practice_reminder WHERE member_id = ?",
                member.value()));
        return counts;
    }
}

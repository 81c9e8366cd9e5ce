package org.centerformsc.portal.replay;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the member stopped watching each replay: deleted. */
@Component
class ReplayPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    ReplayPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "replays";
    }

    @Override
    public List<String> tables() {
        return List.of("watch_position");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("watchPositions", PersonalDataRows.query(jdbc, """
                SELECT r.title AS replay, w.position_seconds, w.updated_at
                FROM watch_position w JOIN replay r ON r.id = w.replay_id
                WHERE w.member_id = ? ORDER BY w.updated_at""", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        return Map.of("watch_position", jdbc.update("DELETE FROM watch_position WHERE member_id = ?", member.value()));
    }
}

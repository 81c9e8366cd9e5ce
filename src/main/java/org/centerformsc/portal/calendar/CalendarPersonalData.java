package org.centerformsc.portal.calendar;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The secret address of the member’s calendar feed: deleted. */
@Component
class CalendarPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    CalendarPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public List<String> tables() {
        return List.of("calendar_feed");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("calendarFeed", PersonalDataRows.query(jdbc,
                "SELECT token, created_at FROM calendar_feed WHERE member_id = ?", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        return Map.of("calendar_feed", jdbc.update("DELETE FROM calendar_feed WHERE member_id = ?", member.value()));
    }
}

package org.centerformsc.portal.catalog;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A teacher's place on the runs they teach and proposed: the link to them goes, and their name on those runs is
 * replaced; the runs stay for the members who took them.
 */
@Component
class CatalogPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    CatalogPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "teaching-courses";
    }

    @Override
    public List<String> tables() {
        return List.of("offering_instructor", "offering_teacher", "offering");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("coursesYouTeach", PersonalDataRows.query(jdbc, """
                SELECT o.code, o.title, o.first_session_at, o.status FROM offering_instructor i
                JOIN offering o ON o.id = i.offering_id WHERE i.member_id = ? ORDER BY o.first_session_at""",
                member.value()));
        sections.put("coursesYouProposed", PersonalDataRows.query(jdbc, """
                SELECT code, title, first_session_at, status, review_note FROM offering
                WHERE proposed_by = ? ORDER BY first_session_at""", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("offering_teacher", jdbc.update("""
                UPDATE offering_teacher SET teacher_name = ?
                WHERE teacher_name = (SELECT display_name FROM member WHERE id = ?)
                  AND offering_id IN (SELECT offering_id FROM offering_instructor WHERE member_id = ?)""",
                PersonalDataRows.ERASED, member.value(), member.value()));
        counts.put("offering_instructor", jdbc.update("DELETE FROM offering_instructor WHERE member_id = ?",
                member.value()));
        // the proposer stays linked to the anonymised member row: who proposed a run is no one's business now
        counts.put("offering", 0);
        return counts;
    }
}

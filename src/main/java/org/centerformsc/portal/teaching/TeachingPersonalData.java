package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The teacher pathway (evidence, extensions, standing) and the directory entry: deleted, so the entry disappears
 * from Find a teacher at once; where the member decided on others' evidence as staff, their name is replaced.
 */
@Component
class TeachingPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    TeachingPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "teaching";
    }

    @Override
    public List<String> tables() {
        return List.of("training_evidence", "deadline_extension", "teacher_standing", "teacher_profile", "teacher_language");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("trainingEvidence", PersonalDataRows.query(jdbc, """
                SELECT kind, happened_on, title, minutes, note, status, decided_at, rejection_reason, created_at
                FROM training_evidence WHERE member_id = ? ORDER BY happened_on""", member.value()));
        sections.put("deadlineExtensions", PersonalDataRows.query(jdbc, """
                SELECT deadline, original_due_on, extended_to, reason, granted_at FROM deadline_extension
                WHERE member_id = ? ORDER BY granted_at""", member.value()));
        sections.put("standing", PersonalDataRows.query(jdbc, """
                SELECT training_level, stage, next_due_on, next_due_kind, computed_at FROM teacher_standing
                WHERE member_id = ?""", member.value()));
        sections.put("directoryEntry", PersonalDataRows.query(jdbc, """
                SELECT display_name, listed, bio, bio_public, languages_public, city_name, region, country_code,
                       location_public, website, website_public, photo, photo_type, photo_public, teaches_online,
                       teaches_in_person, updated_at
                FROM teacher_profile WHERE member_id = ?""", member.value()));
        sections.put("directoryLanguages", PersonalDataRows.query(jdbc,
                "SELECT language_code FROM teacher_language WHERE member_id = ? ORDER BY language_code",
                member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("training_evidence", PersonalDataRows.anonymiseActor(jdbc, "training_evidence", "decided_by",
                member) + jdbc.update("DELETE FROM training_evidence WHERE member_id = ?", member.value()));
        counts.put("deadline_extension", PersonalDataRows.anonymiseActor(jdbc, "deadline_extension", "granted_by",
                member) + jdbc.update("DELETE FROM deadline_extension WHERE member_id = ?", member.value()));
        counts.put("teacher_standing", jdbc.update("DELETE FROM teacher_standing WHERE member_id = ?",
                member.value()));
        counts.put("teacher_language", jdbc.update("DELETE FROM teacher_language WHERE member_id = ?",
                member.value()));
        counts.put("teacher_profile", jdbc.update("DELETE FROM teacher_profile WHERE member_id = ?",
                member.value()));
        return counts;
    }
}

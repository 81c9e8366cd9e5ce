package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Enrollments and waitlist places: kept for course statistics; places in runs still to come are released. */
@Component
class EnrollmentPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    EnrollmentPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "enrollments";
    }

    @Override
    public List<String> tables() {
        return List.of("enrollment");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("enrollments", PersonalDataRows.query(jdbc, """
                SELECT o.code AS offering_code, o.title AS offering_title, e.status, e.waitlist_rank, e.currency,
                       e.price_due_minor, e.requested_at, e.confirmed_at, e.withdrawn_at, e.hold_expires_at
                FROM enrollment e JOIN offering o ON o.id = e.offering_id
                WHERE e.member_id = ? ORDER BY e.requested_at""", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        // an erased member holds no seat and no place in line in a run that has not ended
        int released = jdbc.update("""
                UPDATE enrollment e JOIN offering o ON o.id = e.offering_id
                SET e.status = 'WITHDRAWN', e.withdrawn_at = UTC_TIMESTAMP(6), e.waitlist_rank = NULL,
                    e.hold_expires_at = NULL, e.version = e.version + 1
                WHERE e.member_id = ? AND e.status IN ('ENROLLED', 'HELD', 'WAITLISTED')
                  AND o.last_session_at > UTC_TIMESTAMP(6)""", member.value());
        return Map.of("enrollment", released);
    }
}
